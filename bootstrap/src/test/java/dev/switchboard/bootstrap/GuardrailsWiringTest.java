package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.switchboard.application.port.in.ipblock.CheckClientIpQuery;
import dev.switchboard.application.port.in.ipblock.ManageBlockedIpsUseCase;
import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import dev.switchboard.domain.ratelimit.RateDecision;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The wired guardrail beans: the production limiter (not a test fake) and one shared blocklist. */
@MicronautTest(transactional = false)
class GuardrailsWiringTest {

    @Inject
    RateLimiter limiter;
    @Inject
    ManageBlockedIpsUseCase manage;
    @Inject
    CheckClientIpQuery check;

    @Test
    void theWiredLimiterAllowsExactlyTheLimitToTwoHundredConcurrentCallers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RateDecision>> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return limiter.tryAcquire("ip:192.0.2.44", 10);
            }));
        }
        start.countDown();
        int allowed = 0;
        int refusedWithRetryAfter = 0;
        for (Future<RateDecision> f : results) {
            RateDecision d = f.get();
            allowed += d.allowed() ? 1 : 0;
            refusedWithRetryAfter += !d.allowed() && d.retryAfterSeconds() >= 59 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(10, allowed);
        assertEquals(190, refusedWithRetryAfter);
    }

    @Test
    void adminChangesAndTheRequestCheckShareOneCompiledBlocklist() {
        assertSame(manage, check);
    }
}
