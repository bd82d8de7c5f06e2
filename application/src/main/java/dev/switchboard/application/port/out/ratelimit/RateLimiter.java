package dev.switchboard.application.port.out.ratelimit;

import dev.switchboard.domain.ratelimit.RateDecision;

/**
 * Rolling 60-second request windows, one per key ("ip:1.2.3.4", "user:7", "channel:3"). Atomic per key:
 * of N concurrent calls with room for k, exactly k are allowed. In memory, or shared by every instance
 * (Redis); a shared store that cannot be reached throws
 * {@link dev.switchboard.application.error.RateLimiterUnavailableException} — never "allowed".
 */
public interface RateLimiter {

    /** Takes one request from the key's window if fewer than {@code limitPerMinute} were taken in the last 60 s. */
    RateDecision tryAcquire(String key, int limitPerMinute);

    /** Gives back a request taken by {@link #tryAcquire} that was never sent (e.g. refused by a later check). */
    void release(String key);

    /** Requests counted in the key's current window, for display ("12 / 60 in the last minute"). */
    int inWindow(String key);

    /**
     * True when every call answers from this JVM's memory (non-blocking: callable on the event loop); false
     * when calls make a network round trip, so callers on an event loop must move to a blocking thread first.
     */
    default boolean answersFromMemory() {
        return true;
    }
}
