package dev.switchboard.bootstrap.metrics;

import dev.switchboard.application.port.out.usage.UsageLog;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Every finished relay passes here on its way to the usage log: its total time (histogram) and its outcome
 * are counted, and a failed one is counted against its channel. Meters per outcome are resolved up front.
 */
public final class MeteredUsageLog implements UsageLog {

    private final UsageLog delegate;
    private final MeterRegistry registry;
    private final Timer total;
    private final Map<UsageStatus, Counter> outcomes = new EnumMap<>(UsageStatus.class);

    public MeteredUsageLog(UsageLog delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
        this.total = Timer.builder("switchboard.relay.total")
                .description("Time from receiving a chat until its answer ended (streams included)")
                .serviceLevelObjectives(Buckets.LATENCY)
                .register(registry);
        for (UsageStatus status : UsageStatus.values()) {
            outcomes.put(status, Counter.builder("switchboard.relay.requests")
                    .description("Relayed chats by outcome")
                    .tag("status", status.wireName())
                    .register(registry));
        }
    }

    @Override
    public void record(UsageLogEntry entry) {
        total.record(entry.latencyMs(), TimeUnit.MILLISECONDS);
        outcomes.get(entry.status()).increment();
        if (entry.status() != UsageStatus.OK && entry.status() != UsageStatus.CANCELLED && entry.channelId() != null) {
            Counter.builder("switchboard.channel.failures")
                    .description("Relays that ended in failure, by the channel tried last and the outcome")
                    .tag("channel", Long.toString(entry.channelId().value()))
                    .tag("kind", entry.status().wireName())
                    .register(registry)
                    .increment();
        }
        delegate.record(entry);
    }
}
