package dev.switchboard.adapter.upstream.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

class IdleWatchdogTest {

    private static final Duration SHORT = Duration.ofMillis(300);

    @Test
    void aStreamThatKeepsTalkingIsLeftAlone() {
        Flux<Long> steady = Flux.interval(Duration.ofMillis(50)).take(12);
        assertEquals(12, IdleWatchdog.guard(steady, SHORT, SHORT).collectList().block(Duration.ofSeconds(5)).size());
    }

    @Test
    void silenceBeforeTheFirstItemEndsTheStreamWithATimeout() {
        Flux<Long> silent = Flux.never();
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> IdleWatchdog.guard(silent, SHORT, Duration.ofSeconds(30)).blockLast(Duration.ofSeconds(5)));
        assertInstanceOf(TimeoutException.class, e.getCause());
    }

    @Test
    void silenceBetweenItemsEndsTheStreamWithATimeoutAfterWhatCameBefore() {
        Flux<Integer> stalls = Flux.just(1, 2).concatWith(Flux.never());
        List<Integer> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        RuntimeException e = assertThrows(RuntimeException.class, () -> IdleWatchdog.guard(stalls, Duration.ofSeconds(30), SHORT)
                .doOnNext(seen::add).blockLast(Duration.ofSeconds(5)));
        assertInstanceOf(TimeoutException.class, e.getCause());
        assertEquals(List.of(1, 2), seen);
    }
}
