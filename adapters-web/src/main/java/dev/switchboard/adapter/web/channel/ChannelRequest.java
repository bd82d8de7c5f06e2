package dev.switchboard.adapter.web.channel;

import dev.switchboard.application.port.in.channel.ChannelDraft;
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

    ChannelDraft toDraft() {
        return new ChannelDraft(name, baseUrl, apiKey, modelId, rpmLimit, isEnabled);
    }

    @Override
    public String toString() {
        return "ChannelRequest[name=" + name + ", baseUrl=" + baseUrl + ", modelId=" + modelId + "]";
    }
}
