package dev.switchboard.application.service.ipblock;

import dev.switchboard.domain.ipblock.BlockedAttempt;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Refused requests counted in memory per (IP, path, rule, minute) until the next write, so a flood from a
 * blocked IP costs one map update per request and one row per minute, not one row per request. At most
 * {@code maxKeys} tallies are held between writes; requests that would open one more are dropped (counted).
 */
final class AttemptTally {

    private final ConcurrentHashMap<Key, Long> counts = new ConcurrentHashMap<>();
    private final int maxKeys;
    private final AtomicLong dropped = new AtomicLong();

    AttemptTally(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    /** Adds one request; cheap and non-blocking (one hash-bin lock), so safe on the event loop. */
    void add(BlockedAttempt one) {
        Key key = new Key(one);
        if (counts.size() >= maxKeys && !counts.containsKey(key)) {
            dropped.incrementAndGet();
            return;
        }
        counts.merge(key, one.count(), Long::sum);
    }

    /** Takes every tally out; a request added meanwhile lands in a fresh tally for the next drain, never lost. */
    List<BlockedAttempt> drain() {
        List<BlockedAttempt> drained = new ArrayList<>();
        for (Key key : counts.keySet()) {
            Long count = counts.remove(key);
            if (count != null) {
                drained.add(key.sample.plus(count - key.sample.count()));
            }
        }
        return drained;
    }

    long dropped() {
        return dropped.get();
    }

    /** The tally's identity; the first request seen stands for it. */
    private record Key(String ip, String path, String rule, long minute, BlockedAttempt sample) {
        Key(BlockedAttempt a) {
            this(a.ipAddress(), a.path(), a.rule(), a.createdAt().toEpochMilli(), a);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && minute == k.minute && ip.equals(k.ip) && path.equals(k.path) && rule.equals(k.rule);
        }

        @Override
        public int hashCode() {
            return ((ip.hashCode() * 31 + path.hashCode()) * 31 + rule.hashCode()) * 31 + Long.hashCode(minute);
        }
    }
}
