package dev.switchboard.application.service.chat;

import dev.switchboard.application.policy.quota.CostPolicy;
import dev.switchboard.application.port.in.chat.Requester;
import dev.switchboard.domain.group.Group;
import dev.switchboard.domain.channel.Channel;
import dev.switchboard.domain.usage.Endpoint;
import dev.switchboard.domain.usage.TokenUsage;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * What is known of a request when it starts (who, in which group, which model, through which endpoint); finished
 * into a usage row when it ends, with its cost at the serving channel's prices of that moment (SPEC §14).
 */
record UsageDraft(Instant startedAt, Requester requester, String model, Channel channel, Endpoint endpoint,
                  Group group) {

    UsageDraft(Instant startedAt, Requester requester, String model, Channel channel, Endpoint endpoint) {
        this(startedAt, requester, model, channel, endpoint, null);
    }

    UsageDraft on(Channel servingChannel) {
        return new UsageDraft(startedAt, requester, model, servingChannel, endpoint, group);
    }

    UsageLogEntry finish(TokenUsage usage, UsageStatus status, Instant endedAt) {
        long latency = Math.max(0, Duration.between(startedAt, endedAt).toMillis());
        return new UsageLogEntry(null, startedAt, requester.ip(), requester.userId(), requester.email(), model,
                channel == null ? null : channel.id(), channel == null ? null : channel.name(),
                usage.prompt(), usage.completion(), status, latency,
                requester.apiKey() == null ? null : requester.apiKey().keyId(),
                requester.apiKey() == null ? null : requester.apiKey().keyName(), usage.cached(), usage.reasoning(),
                endpoint, channel == null ? null : CostPolicy.costNanos(channel.prices(), usage),
                group == null ? null : group.id().value(), group == null ? null : group.name());
    }
}
