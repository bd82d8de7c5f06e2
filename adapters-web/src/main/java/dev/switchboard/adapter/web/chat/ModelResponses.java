package dev.switchboard.adapter.web.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.application.port.in.chat.ModelInfo;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** Model lists: Switchboard's own {@code [{"id","name"}]} and OpenAI's list format for SDKs. */
final class ModelResponses {

    private ModelResponses() {
    }

    /** {@code vision}: whether the model takes images (a channel serving it says so). */
    @Serdeable
    record Model(String id, String name, boolean vision) {
        static Model of(ModelInfo info) {
            return new Model(info.id(), info.name(), info.vision());
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record OpenAiModel(String id, String object, long created, String ownedBy) {
        static OpenAiModel of(ModelInfo info) {
            return new OpenAiModel(info.id(), "model", 0L, "switchboard");
        }
    }

    /** Always with {@code data}, also when empty (a key limited to models no channel serves): SDKs expect it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OpenAiList(String object, List<OpenAiModel> data) {
        static OpenAiList of(List<ModelInfo> models) {
            return new OpenAiList("list", models.stream().map(OpenAiModel::of).toList());
        }
    }
}
