package dev.switchboard.bootstrap.metrics;

import dev.switchboard.adapter.redis.RedisOutage;
import dev.switchboard.application.service.usage.UsageLogBuffer;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * Meters read from state the application keeps anyway: the usage queue, and Redis outages when Redis is used.
 * Bound at start-up rather than as a {@code MeterBinder} bean: the registry is built while the DataSource is
 * (pool metrics), and the usage queue needs that DataSource — a binder would close the circle.
 */
@Singleton
class SwitchboardMeters {

    private final UsageLogBuffer usageLog;
    private final RedisOutage redisOutage;
    private final MeterRegistry registry;

    SwitchboardMeters(UsageLogBuffer usageLog, @Nullable RedisOutage redisOutage, MeterRegistry registry) {
        this.usageLog = usageLog;
        this.redisOutage = redisOutage;
        this.registry = registry;
    }

    @EventListener
    void bind(StartupEvent started) {
        Gauge.builder("switchboard.usage.queue.depth", usageLog, UsageLogBuffer::queued)
                .description("Usage rows waiting to be written").register(registry);
        FunctionCounter.builder("switchboard.usage.dropped", usageLog, UsageLogBuffer::droppedCount)
                .description("Usage rows lost (queue full, or not writable after retries)").register(registry);
        if (redisOutage != null) {
            Gauge.builder("switchboard.redis.up", redisOutage, o -> o.isDown() ? 0 : 1)
                    .description("1 while the last Redis call succeeded").register(registry);
            FunctionCounter.builder("switchboard.redis.outage.requests", redisOutage, RedisOutage::affectedRequests)
                    .description("Limit checks that found Redis unreachable (refused, or limited locally)")
                    .register(registry);
        }
    }
}
