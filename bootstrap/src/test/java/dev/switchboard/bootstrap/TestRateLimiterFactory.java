package dev.switchboard.bootstrap;

import dev.switchboard.application.fake.SlidingLogRateLimiter;
import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Until the guardrails adapter is wired, tests use the exact sliding-log fake. */
@Factory
class TestRateLimiterFactory {

    @Singleton
    @Requires(missingBeans = RateLimiter.class)
    RateLimiter rateLimiter(Clock clock) {
        return new SlidingLogRateLimiter(clock);
    }
}
