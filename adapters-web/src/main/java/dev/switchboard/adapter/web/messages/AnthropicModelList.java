package dev.switchboard.adapter.web.messages;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.application.port.in.chat.ModelInfo;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * {@code GET /v1/models} for a client that speaks Anthropic's API (it sends {@code anthropic-version}):
 * {@code {"data":[{"type":"model","id","display_name","created_at"}],"has_more":false,"first_id","last_id"}}, all in
 * one page. Switchboard does not know when a model was released: {@code created_at} is the Unix epoch.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AnthropicModelList(List<Model> data, boolean hasMore, @Nullable String firstId, @Nullable String lastId) {

    /** The header whose presence asks for this shape. */
    public static final String VERSION_HEADER = "anthropic-version";

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Model(String type, String id, String displayName, String createdAt) {
    }

    public static AnthropicModelList of(List<ModelInfo> models) {
        List<Model> data = models.stream()
                .map(m -> new Model("model", m.id(), m.name(), "1970-01-01T00:00:00Z")).toList();
        return new AnthropicModelList(data, false, data.isEmpty() ? null : data.get(0).id(),
                data.isEmpty() ? null : data.get(data.size() - 1).id());
    }
}
