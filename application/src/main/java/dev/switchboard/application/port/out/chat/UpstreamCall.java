package dev.switchboard.application.port.out.chat;

import dev.switchboard.domain.channel.BaseUrl;
import dev.switchboard.domain.channel.ChannelType;
import dev.switchboard.domain.channel.ReasoningSetting;
import dev.switchboard.domain.chat.ChatPrompt;
import java.util.Objects;

/**
 * One request to an upstream: the channel's API type, base URL and key, the model name to send, the channel's
 * reasoning setting, and the prompt (streamed when {@code prompt.stream()}).
 */
public record UpstreamCall(ChannelType type, BaseUrl baseUrl, String apiKey, String model,
                           ReasoningSetting reasoning, ChatPrompt prompt) {

    public UpstreamCall {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(reasoning, "reasoning");
        Objects.requireNonNull(prompt, "prompt");
    }

    public boolean stream() {
        return prompt.stream();
    }

    @Override
    public String toString() {
        return "UpstreamCall[type=" + type + ", baseUrl=" + baseUrl + ", model=" + model + ", stream=" + stream() + "]";
    }
}
