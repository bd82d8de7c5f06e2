package dev.switchboard.application.port.in.ops;

/** Query: this instance's metrics in the Prometheus text format. Answers from memory. */
public interface MetricsQuery {

    String scrape();
}
