package dev.switchboard.adapter.web.channel;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.switchboard.application.port.in.channel.ChannelDraft;
import dev.switchboard.application.port.in.channel.PricesEdit;
import dev.switchboard.adapter.web.support.JsonFields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.math.BigDecimal;

/** Body of channel create/edit; omitted fields keep their stored value on edit (the API key above all). */
@Serdeable(naming = SnakeCaseStrategy.class)
record ChannelRequest(
        @Nullable String name,
        @Nullable String baseUrl,
        @Nullable String apiKey,
        @Nullable String modelId,
        @Nullable Integer rpmLimit,
        @Nullable Boolean isEnabled,
        @Nullable String type,
        @Nullable String upstreamModel,
        @Nullable String reasoning,
        @Nullable Integer contextWindow,
        @Nullable Boolean vision,
        @Nullable Integer priority,
        @Nullable Integer weight,
        @Nullable BigDecimal inputPrice,
        @Nullable BigDecimal outputPrice,
        @Nullable BigDecimal cachedInputPrice,
        @JsonIgnore @Nullable PricesEdit prices) {

    /** Reads a create or edit body strictly (see {@link JsonFields}); {@code reasoning} is text or a budget number. */
    static ChannelRequest read(JsonFields f) {
        String reasoning = f.has("reasoning") && !isText(f, "reasoning") ? String.valueOf(f.integer("reasoning"))
                : f.text("reasoning");
        return new ChannelRequest(f.text("name"), f.text("base_url"), f.text("api_key"), f.text("model_id"),
                f.integer("rpm_limit"), f.bool("is_enabled"), f.text("type"), f.text("upstream_model"), reasoning,
                f.integer("context_window"), f.bool("vision"), f.integer("priority"), f.integer("weight"),
                null, null, null, prices(f));
    }

    /** Prices per 1M tokens as numbers or numeric strings; an absent one is kept, a null one cleared. */
    private static PricesEdit prices(JsonFields f) {
        return new PricesEdit(f.has("input_price"), f.decimal("input_price"), f.has("output_price"),
                f.decimal("output_price"), f.has("cached_input_price"), f.decimal("cached_input_price"));
    }

    private static boolean isText(JsonFields f, String name) {
        try {
            f.text(name);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    ChannelDraft toDraft() {
        return new ChannelDraft(name, baseUrl, apiKey, modelId, rpmLimit, isEnabled, type, upstreamModel, reasoning,
                contextWindow, vision, priority, weight, prices);
    }

    @Override
    public String toString() {
        return "ChannelRequest[name=" + name + ", baseUrl=" + baseUrl + ", modelId=" + modelId + "]";
    }
}
