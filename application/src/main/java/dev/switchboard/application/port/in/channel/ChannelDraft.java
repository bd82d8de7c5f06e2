package dev.switchboard.application.port.in.channel;

/**
 * What an admin sends to create or edit a channel. Null fields mean "not given": on create they take
 * defaults (rpm 60, enabled), on edit they keep the stored value — notably the API key.
 */
public record ChannelDraft(
        String name, String baseUrl, String apiKey, String modelId, Integer rpmLimit, Boolean enabled) {

    @Override
    public String toString() {
        return "ChannelDraft[name=" + name + ", baseUrl=" + baseUrl + ", modelId=" + modelId + "]";
    }
}
