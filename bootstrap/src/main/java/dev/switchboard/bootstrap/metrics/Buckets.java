package dev.switchboard.bootstrap.metrics;

import java.time.Duration;

/** Histogram buckets for relay times: from a fast first byte to a reasoning model thinking for minutes. */
final class Buckets {

    static final Duration[] LATENCY = {
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(300)};

    private Buckets() {
    }
}
