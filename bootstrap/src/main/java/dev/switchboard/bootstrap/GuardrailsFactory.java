package dev.switchboard.bootstrap;

import dev.switchboard.adapter.persistence.ratelimit.CaffeineRateLimiter;
import dev.switchboard.adapter.persistence.ratelimit.CaffeineSignInAttemptLimiter;
import dev.switchboard.application.port.in.auth.SignInUseCase;
import dev.switchboard.application.port.in.auth.ThrottledSignInUseCase;
import dev.switchboard.application.port.out.change.ChangeFeed;
import dev.switchboard.application.port.out.ipblock.BlockedAttemptRepository;
import dev.switchboard.application.port.out.ipblock.BlockedIpRepository;
import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import dev.switchboard.application.port.out.ratelimit.SignInAttemptLimiter;
import dev.switchboard.application.service.auth.SignInThrottlePolicy;
import dev.switchboard.application.service.auth.ThrottledSignInService;
import dev.switchboard.application.service.ipblock.BlockedAttemptService;
import dev.switchboard.application.service.ipblock.IpBlocklistService;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** Wires the guardrails: rate limiters, the IP blocklist and its attempt log, sign-in throttling. */
@Factory
class GuardrailsFactory {

    /** Without Redis: this instance's memory (RedisFactory provides the shared ones). */
    @Singleton
    @Requires(missingProperty = "redis.uri")
    RateLimiter rateLimiter(Clock clock, @Value("${switchboard.rate-limit.max-keys:200000}") long maxKeys) {
        return new CaffeineRateLimiter(clock, maxKeys);
    }

    @Singleton
    @Primary
    @Requires(missingProperty = "redis.uri")
    SignInAttemptLimiter signInAttemptLimiter(Clock clock, @Value("${switchboard.sign-in.window:15m}") Duration window,
                                              @Value("${switchboard.rate-limit.max-keys:200000}") long maxKeys) {
        return new CaffeineSignInAttemptLimiter(clock, window, maxKeys);
    }

    /** Without Redis: sign-ups per address and hour in this instance's memory. */
    @Singleton
    @Named(AccountsFactory.SIGN_UPS)
    @Requires(missingProperty = "redis.uri")
    SignInAttemptLimiter signUpLimiter(Clock clock, @Value("${switchboard.rate-limit.max-keys:200000}") long maxKeys) {
        return new CaffeineSignInAttemptLimiter(clock, AccountsFactory.SIGN_UP_WINDOW, maxKeys);
    }

    @Singleton
    ThrottledSignInUseCase throttledSignIn(SignInUseCase signIn, SignInAttemptLimiter limiter,
                                           @Value("${switchboard.sign-in.max-failures:10}") int perIpAndAccount,
                                           @Value("${switchboard.sign-in.max-failures-per-ip:50}") int perIp,
                                           @Value("${switchboard.sign-in.max-pause:5s}") Duration maxPause) {
        SignInThrottlePolicy defaults = SignInThrottlePolicy.defaults();
        SignInThrottlePolicy policy = new SignInThrottlePolicy(perIpAndAccount, perIp, defaults.freeFailures(),
                defaults.firstPause(), maxPause);
        return new ThrottledSignInService(signIn, limiter, policy);
    }

    /** Built (and its rules loaded) at start-up: the request filter must never wait for the database. */
    @Context
    IpBlocklistService ipBlocklist(BlockedIpRepository repository, Clock clock, ChangeFeed changes) {
        IpBlocklistService blocklist = new IpBlocklistService(repository, clock, changes);
        blocklist.refresh();
        return blocklist;
    }

    @Singleton
    @Bean(preDestroy = "close")
    BlockedAttemptService blockedAttempts(BlockedAttemptRepository repository, Clock clock,
                                          @Value("${switchboard.blocklist.attempts-flush:1s}") Duration flushEvery) {
        return new BlockedAttemptService(repository, clock, 10_000, flushEvery);
    }
}
