package dev.switchboard.adapter.web.channel;

import dev.switchboard.application.port.in.channel.ChannelDraft;
import dev.switchboard.adapter.web.support.JsonFields;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** Body of channel create/edit; omitted fields keep their stored value on edit (the API key above all). */
@Serdeable(naming = SnakeCaseStrategy.class)
record ChannelRequest(
        @Nullable String name,
        @Nullable String baseUrl,
        @Nullable String apiKey,
        @Nullable String modelId,
        @Nullable Integer rpmLimit,
        @Nullable Boolean isEnabled) {

    /** Reads a create or edit body strictly (see {@link JsonFields}). */
    static ChannelRequest read(JsonFields f) {
        return new ChannelRequest(f.text("name"), f.text("base_url"), f.text("api_key"), f.text("model_id"),
                f.integer("rpm_limit"), f.bool("is_enabled"));
    }

    ChannelDraft toDraft() {
        return new ChannelDraft(name, baseUrl, apiKey, modelId, rpmLimit, isEnabled);
    }

    @Override
    public String toString() {
        return "ChannelRequest[name=" + name + ", baseUrl=" + baseUrl + ", modelId=" + modelId + "]";
    }
}
