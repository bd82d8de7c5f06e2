package dev.switchboard.application.port.in.channel;

/**
 * What an admin sends to create or edit a channel. Null fields mean "not given": on create they take
 * defaults (rpm 60, enabled, type openai, reasoning auto, priority 0, weight 1), on edit they keep the stored
 * value — notably the API key. An empty {@code upstreamModel} or a {@code contextWindow} of 0 clears it.
 * {@code prices}: see {@link PricesEdit} (null = none given).
 */
public record ChannelDraft(
        String name, String baseUrl, String apiKey, String modelId, Integer rpmLimit, Boolean enabled,
        String type, String upstreamModel, String reasoning, Integer contextWindow, Boolean vision,
        Integer priority, Integer weight, PricesEdit prices) {

    public ChannelDraft {
        prices = prices == null ? PricesEdit.NONE : prices;
    }

    public ChannelDraft(String name, String baseUrl, String apiKey, String modelId, Integer rpmLimit, Boolean enabled) {
        this(name, baseUrl, apiKey, modelId, rpmLimit, enabled, null, null, null, null, null, null, null, null);
    }

    /** A draft without prices. */
    public ChannelDraft(String name, String baseUrl, String apiKey, String modelId, Integer rpmLimit, Boolean enabled,
                        String type, String upstreamModel, String reasoning, Integer contextWindow, Boolean vision,
                        Integer priority, Integer weight) {
        this(name, baseUrl, apiKey, modelId, rpmLimit, enabled, type, upstreamModel, reasoning, contextWindow, vision,
                priority, weight, null);
    }

    @Override
    public String toString() {
        return "ChannelDraft[name=" + name + ", type=" + type + ", baseUrl=" + baseUrl + ", modelId=" + modelId + "]";
    }
}
