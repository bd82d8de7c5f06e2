package dev.switchboard.application.service.ipblock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.fake.InMemoryBlockedAttemptRepository;
import dev.switchboard.application.fake.MutableClock;
import dev.switchboard.domain.ipblock.BlockedAttempt;
import dev.switchboard.domain.shared.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BlockedAttemptServiceTest {

    private final InMemoryBlockedAttemptRepository repository = new InMemoryBlockedAttemptRepository();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void recordsInTheBackgroundInBatchesAndKeepsWhatWasRecordedAtShutdown() throws Exception {
        BlockedAttemptService service = new BlockedAttemptService(repository, clock, 10_000, 100);
        for (int i = 0; i < 1000; i++) {
            service.record("10.0.0.1", "/api/chat/completions", "10.0.0.0/8");
        }
        service.close();
        assertEquals(1000, repository.page(1, 1).total());
        assertTrue(repository.batches() <= 1000 / 10, "written in batches, not row by row: " + repository.batches());
        BlockedAttempt stored = repository.page(1, 1).items().get(0);
        assertEquals("10.0.0.1", stored.ipAddress());
        assertEquals("10.0.0.0/8", stored.rule());
        assertEquals(clock.instant(), stored.createdAt());
    }

    @Test
    void aFullQueueDropsInsteadOfBlockingTheCaller() throws Exception {
        InMemoryBlockedAttemptRepository slow = new InMemoryBlockedAttemptRepository() {
            @Override
            public synchronized void append(java.util.List<BlockedAttempt> attempts) {
                sleep();
                super.append(attempts);
            }
        };
        BlockedAttemptService service = new BlockedAttemptService(slow, clock, 5, 1);
        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            service.record("10.0.0.1", "/", "10.0.0.1");
        }
        assertTrue(System.nanoTime() - start < 200_000_000L, "recording never waits for storage");
        assertTrue(service.dropped() >= 90, "dropped " + service.dropped());
        service.close();
    }

    @Test
    void pagesAreCheckedBeforeReachingTheRepository() {
        BlockedAttemptService service = new BlockedAttemptService(repository, clock, 10, 10);
        assertThrows(InvalidInputException.class, () -> service.list(0, 50));
        assertThrows(InvalidInputException.class, () -> service.list(1, 501));
        assertEquals(0, service.list(1, 500).total());
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
