package dev.switchboard.adapter.web.usage;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.application.policy.quota.CostPolicy;
import dev.switchboard.domain.usage.UsageLogEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A usage row as the API shows it (SPEC §7 "log item", with §11's cached and reasoning parts of the tokens and
 * §12's {@code endpoint}: chat, messages or responses, and §14's {@code cost} — null when unpriced — and
 * {@code group}, the user's group name when written); absent user or channel fields are null.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record UsageLogItem(
        long id,
        OffsetDateTime createdAt,
        String ipAddress,
        @Nullable Long userId,
        @Nullable String username,
        String modelId,
        @Nullable Long channelId,
        @Nullable String channelName,
        int promptTokens,
        int completionTokens,
        String status,
        long latencyMs,
        @Nullable Long apiKeyId,
        @Nullable String apiKeyName,
        int cachedTokens,
        int reasoningTokens,
        String endpoint,
        @Nullable BigDecimal cost,
        @Nullable String group) {

    static UsageLogItem fromDomain(UsageLogEntry e, ApiTime time) {
        return new UsageLogItem(e.id(), time.format(e.createdAt()), e.ipAddress(),
                e.userId() == null ? null : e.userId().value(), e.userEmail(), e.modelId(),
                e.channelId() == null ? null : e.channelId().value(), e.channelName(), e.promptTokens(),
                e.completionTokens(), e.status().wireName(), e.latencyMs(), e.apiKeyId(), e.apiKeyName(),
                e.cachedTokens(), e.reasoningTokens(), e.endpoint().wireName(), CostPolicy.amount(e.costNanos()),
                e.groupName());
    }
}
