package dev.switchboard.application.service.auth;

import dev.switchboard.application.port.out.key.ApiKeyRepository;
import dev.switchboard.application.port.out.user.UserRepository;
import dev.switchboard.domain.key.ApiKeyId;
import dev.switchboard.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Writes a user's {@code last_seen_at} and a key's {@code last_used_at} at most once a minute each, on the
 * given executor: the request that is seen never waits for the write.
 */
public class ActivityRecorder {

    static final Duration EVERY = Duration.ofMinutes(1);

    private final UserRepository users;
    private final ApiKeyRepository keys;
    private final Executor executor;
    private final Clock clock;
    private final Map<String, Instant> lastWritten = new ConcurrentHashMap<>();

    public ActivityRecorder(UserRepository users, ApiKeyRepository keys, Executor executor, Clock clock) {
        this.users = users;
        this.keys = keys;
        this.executor = executor;
        this.clock = clock;
    }

    public void userSeen(UserId id) {
        Instant now = clock.instant();
        if (due("u:" + id.value(), now)) {
            submit(() -> users.touch(id, now));
        }
    }

    public void keyUsed(ApiKeyId id) {
        Instant now = clock.instant();
        if (due("k:" + id.value(), now)) {
            submit(() -> keys.touch(id, now));
        }
    }

    private boolean due(String key, Instant now) {
        boolean[] due = {false};
        lastWritten.compute(key, (k, last) -> {
            if (last == null || !now.isBefore(last.plus(EVERY))) {
                due[0] = true;
                return now;
            }
            return last;
        });
        if (lastWritten.size() > 100_000) {
            lastWritten.values().removeIf(last -> now.isAfter(last.plus(EVERY)));
        }
        return due[0];
    }

    private void submit(Runnable write) {
        try {
            executor.execute(() -> {
                try {
                    write.run();
                } catch (RuntimeException e) {
                    // A missed timestamp is harmless (the next minute writes it) and must not fail anything.
                }
            });
        } catch (RejectedExecutionException e) {
            // shutting down: the timestamp is best effort
        }
    }
}
