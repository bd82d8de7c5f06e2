package dev.switchboard.domain.channel;

import dev.switchboard.domain.shared.Require;
import java.time.Instant;
import java.util.Objects;

/**
 * An upstream endpoint serving one model, with its own request budget; {@code profile} says which API it
 * speaks and how (SPEC §11).
 * The API key is held sealed; {@code apiKeyMask} is what may be shown. {@code id} is null until stored.
 * {@code prices} are what a call costs (SPEC §14).
 */
public record Channel(
        ChannelId id,
        String name,
        BaseUrl baseUrl,
        SealedSecret apiKey,
        String apiKeyMask,
        String modelId,
        int rpmLimit,
        boolean enabled,
        Instant createdAt,
        Instant updatedAt,
        UpstreamProfile profile,
        ChannelPrices prices) {

    public static final int DEFAULT_RPM = 60;
    public static final int MAX_RPM = 100_000;

    public Channel {
        name = Require.text("name", name, 100);
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(apiKeyMask, "apiKeyMask");
        modelId = Require.text("model_id", modelId, 200);
        Require.range("rpm_limit", rpmLimit, 1, MAX_RPM);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        profile = profile == null ? UpstreamProfile.DEFAULT : profile;
        prices = prices == null ? ChannelPrices.UNPRICED : prices;
    }

    /** An unpriced channel. */
    public Channel(ChannelId id, String name, BaseUrl baseUrl, SealedSecret apiKey, String apiKeyMask, String modelId,
                   int rpmLimit, boolean enabled, Instant createdAt, Instant updatedAt, UpstreamProfile profile) {
        this(id, name, baseUrl, apiKey, apiKeyMask, modelId, rpmLimit, enabled, createdAt, updatedAt, profile,
                ChannelPrices.UNPRICED);
    }

    /** An OpenAI-compatible channel with the default profile. */
    public Channel(ChannelId id, String name, BaseUrl baseUrl, SealedSecret apiKey, String apiKeyMask, String modelId,
                   int rpmLimit, boolean enabled, Instant createdAt, Instant updatedAt) {
        this(id, name, baseUrl, apiKey, apiKeyMask, modelId, rpmLimit, enabled, createdAt, updatedAt,
                UpstreamProfile.DEFAULT, ChannelPrices.UNPRICED);
    }

    public ChannelType type() {
        return profile.type();
    }

    /** The model name sent upstream: the profile's, else the model id users ask for. */
    public String upstreamModel() {
        return profile.upstreamModel() == null ? modelId : profile.upstreamModel();
    }
}
