package dev.switchboard.application.service.ipblock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.fake.InMemoryBlockedAttemptRepository;
import dev.switchboard.application.fake.MutableClock;
import dev.switchboard.domain.ipblock.BlockedAttempt;
import dev.switchboard.domain.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BlockedAttemptServiceTest {

    private static final Duration RARELY = Duration.ofHours(1);

    private final InMemoryBlockedAttemptRepository repository = new InMemoryBlockedAttemptRepository();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:30Z"));

    @Test
    void aFloodBecomesOneRowPerIpPathRuleAndMinute() throws Exception {
        BlockedAttemptService service = new BlockedAttemptService(repository, clock, 10_000, RARELY);
        for (int i = 0; i < 1000; i++) {
            service.record("10.0.0.1", "/api/chat/completions", "10.0.0.0/8");
        }
        service.record("10.0.0.1", "/v1/models", "10.0.0.0/8");
        clock.advance(Duration.ofMinutes(1));
        service.record("10.0.0.1", "/api/chat/completions", "10.0.0.0/8");
        service.close();
        List<BlockedAttempt> rows = repository.page(1, 10).items();
        assertEquals(3, rows.size(), rows.toString());
        assertEquals(1002, rows.stream().mapToLong(BlockedAttempt::count).sum());
        BlockedAttempt flood = rows.stream().filter(r -> r.count() == 1000).findFirst().orElseThrow();
        assertEquals(Instant.parse("2026-03-01T10:00:00Z"), flood.createdAt(), "the minute's start");
        assertEquals("10.0.0.0/8", flood.rule());
        assertEquals(1, repository.batches(), "one write for everything held");
    }

    @Test
    void nothingIsLostWhileRecordingAndWritingOverlap() throws Exception {
        BlockedAttemptService service = new BlockedAttemptService(repository, clock, 10_000, Duration.ofMillis(1));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch done = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            pool.execute(() -> {
                for (int i = 0; i < 5_000; i++) {
                    service.record("10.0.0." + (i % 3), "/", "10.0.0.0/8");
                }
                done.countDown();
            });
        }
        assertTrue(done.await(30, TimeUnit.SECONDS));
        pool.shutdown();
        service.flush();
        assertEquals(20_000, repository.page(1, 10).items().stream().mapToLong(BlockedAttempt::count).sum());
        assertEquals(3, repository.page(1, 10).total());
        service.close();
    }

    @Test
    void tooManyDistinctTalliesBetweenWritesAreDroppedAndCountedNeverWaitedFor() throws Exception {
        BlockedAttemptService service = new BlockedAttemptService(repository, clock, 5, RARELY);
        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            service.record("10.0.0.1", "/p" + i, "10.0.0.1");
        }
        service.record("10.0.0.1", "/p0", "10.0.0.1"); // an existing tally still counts
        assertTrue(System.nanoTime() - start < 200_000_000L, "recording never waits for storage");
        assertEquals(95, service.dropped());
        service.flush();
        assertEquals(6, repository.page(1, 10).items().stream().mapToLong(BlockedAttempt::count).sum());
        service.close();
    }

    @Test
    void pagesAreCheckedBeforeReachingTheRepository() {
        BlockedAttemptService service = new BlockedAttemptService(repository, clock, 10, RARELY);
        assertThrows(InvalidInputException.class, () -> service.list(0, 50));
        assertThrows(InvalidInputException.class, () -> service.list(1, 501));
        assertEquals(0, service.list(1, 500).total());
        service.close();
    }
}
