package dev.switchboard.bootstrap.metrics;

import dev.switchboard.application.port.in.ops.MetricsQuery;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Singleton;

/** {@link MetricsQuery} on Micrometer's Prometheus registry. */
@Singleton
class PrometheusMetrics implements MetricsQuery {

    private final PrometheusMeterRegistry registry;

    PrometheusMetrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String scrape() {
        return registry.scrape();
    }
}
