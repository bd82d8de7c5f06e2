package dev.switchboard.adapter.upstream.openai;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Ends a stream that has been silent too long, the way {@code Flux.timeout(first, item -> Mono.delay(idle))}
 * does, without arming and cancelling a scheduler timer for every item: each item only moves a deadline,
 * and one shared thread checks the open streams every {@link #TICK}. At thousands of streams with a chunk
 * every 20 ms that is the difference between a few hundred thousand timer operations a second and none.
 */
final class IdleWatchdog {

    static final Duration TICK = Duration.ofMillis(100);

    private static final Set<Watch> WATCHED = ConcurrentHashMap.newKeySet();
    private static final ScheduledExecutorService TICKER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "upstream-idle-watchdog");
        t.setDaemon(true);
        return t;
    });

    static {
        TICKER.scheduleWithFixedDelay(IdleWatchdog::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    private IdleWatchdog() {
    }

    /**
     * The flux, failing with a {@link java.util.concurrent.TimeoutException} when its first item takes longer
     * than {@code first} or any later one longer than {@code idle} after the one before.
     */
    static <T> Flux<T> guard(Flux<T> flux, Duration first, Duration idle) {
        return Flux.defer(() -> {
            Watch watch = new Watch(System.nanoTime() + first.toNanos());
            long idleNanos = idle.toNanos();
            Mono<Object> expired = watch.expired.asMono();
            WATCHED.add(watch);
            return flux.timeout(expired, item -> {
                        watch.deadline = System.nanoTime() + idleNanos;
                        return expired;
                    })
                    .doFinally(signal -> WATCHED.remove(watch));
        });
    }

    private static void tick() {
        long now = System.nanoTime();
        for (Watch watch : WATCHED) {
            if (now - watch.deadline > 0) {
                WATCHED.remove(watch);
                watch.expired.tryEmitValue(Boolean.TRUE);
            }
        }
    }

    private static final class Watch {
        final Sinks.One<Object> expired = Sinks.one();
        volatile long deadline;

        Watch(long deadline) {
            this.deadline = deadline;
        }
    }
}
