package dev.switchboard.adapter.web.channel;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.application.port.in.channel.ChannelCondition;
import dev.switchboard.domain.channel.Channel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A channel as the API shows it: the key only masked (SPEC §7), plus its live load and its upstream profile
 * (§11: type, the model name sent upstream, reasoning, context window, vision, priority, weight) and its health
 * (§13: status, why and since when it is off, until when it cools down) and its prices per 1M tokens (§14, null =
 * unpriced).
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record ChannelResponse(
        long id,
        String name,
        String baseUrl,
        String apiKey,
        String modelId,
        int rpmLimit,
        boolean isEnabled,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Nullable Integer callsLastMinute,
        String type,
        String upstreamModel,
        String reasoning,
        @Nullable Integer contextWindow,
        boolean vision,
        int priority,
        int weight,
        String status,
        @Nullable String disabledReason,
        @Nullable OffsetDateTime disabledAt,
        @Nullable OffsetDateTime coolingUntil,
        @Nullable BigDecimal inputPrice,
        @Nullable BigDecimal outputPrice,
        @Nullable BigDecimal cachedInputPrice) {

    static ChannelResponse fromDomain(Channel c, int callsLastMinute, ChannelCondition health, ApiTime time) {
        return new ChannelResponse(c.id().value(), c.name(), c.baseUrl().value(), c.apiKeyMask(), c.modelId(),
                c.rpmLimit(), c.enabled(), time.format(c.createdAt()), time.format(c.updatedAt()),
                callsLastMinute < 0 ? null : callsLastMinute, c.type().wireName(), c.upstreamModel(),
                c.profile().reasoning().wireValue(), c.profile().contextWindow(), c.profile().vision(),
                c.profile().priority(), c.profile().weight(),
                health.status().wireName(), health.disabledReason(), orNull(health.disabledAt(), time),
                orNull(health.coolingUntil(), time), c.prices().input(), c.prices().output(),
                c.prices().cachedInput());
    }

    private static OffsetDateTime orNull(java.time.Instant at, ApiTime time) {
        return at == null ? null : time.format(at);
    }
}
