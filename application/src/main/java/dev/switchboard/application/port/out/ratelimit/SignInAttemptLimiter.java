package dev.switchboard.application.port.out.ratelimit;

import dev.switchboard.domain.ratelimit.RateDecision;

/**
 * Sign-in attempts per key ("signin-ip:1.2.3.4", "signin-account:user:a@b.c") over a rolling window the
 * adapter is built with (15 minutes by default). Atomic per key, like {@link RateLimiter}, and like it
 * throws {@link dev.switchboard.application.error.RateLimiterUnavailableException} when a shared store is down.
 */
public interface SignInAttemptLimiter {

    /** Takes a place for one attempt if fewer than {@code maxAttempts} are counted in the window. */
    RateDecision tryAcquire(String key, int maxAttempts);

    /** Gives a place back: the attempt succeeded, so only failures stay counted. */
    void release(String key);

    /** Attempts counted in the key's current window (0 for an unknown key). Non-blocking: answers from memory. */
    int counted(String key);
}
