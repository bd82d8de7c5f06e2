package dev.switchboard.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.port.out.ipblock.BlockedAttemptPage;
import dev.switchboard.application.port.out.ipblock.BlockedAttemptRepository;
import dev.switchboard.domain.ipblock.BlockedAttempt;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link BlockedAttemptRepository} must do; run against the fake and each real database. */
public abstract class BlockedAttemptRepositoryContract {

    protected abstract BlockedAttemptRepository repository();

    // Far in the past, so other tests' rows never interleave with these in "newest first" order.
    private static final Instant T0 = Instant.parse("2001-01-01T00:00:00Z").truncatedTo(ChronoUnit.MILLIS);

    private static BlockedAttempt at(int minutes, String ip) {
        return new BlockedAttempt(null, ip, "/api/chat/completions", "10.0.0.0/8", T0.plus(minutes, ChronoUnit.MINUTES));
    }

    @Test
    void pagesNewestFirstWithTheTotal() {
        List<BlockedAttempt> batch = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            batch.add(at(i, "10.0.0." + i));
        }
        repository().deleteOlderThan(Instant.parse("2100-01-01T00:00:00Z"), 100);
        repository().append(batch);
        BlockedAttemptPage first = repository().page(1, 3);
        assertEquals(7, first.total());
        assertEquals(List.of("10.0.0.6", "10.0.0.5", "10.0.0.4"), first.items().stream().map(BlockedAttempt::ipAddress).toList());
        BlockedAttemptPage last = repository().page(3, 3);
        assertEquals(List.of("10.0.0.0"), last.items().stream().map(BlockedAttempt::ipAddress).toList());
        assertEquals(3, last.page());
        assertEquals(3, last.size());
        assertTrue(repository().page(4, 3).items().isEmpty());
        BlockedAttempt read = first.items().get(0);
        assertNotNull(read.id());
        assertEquals("/api/chat/completions", read.path());
        assertEquals("10.0.0.0/8", read.rule());
        assertEquals(T0.plus(6, ChronoUnit.MINUTES), read.createdAt());
    }

    @Test
    void addsToTheTallyOfTheSameIpPathRuleAndMinute() {
        repository().deleteOlderThan(Instant.parse("2100-01-01T00:00:00Z"), 100);
        BlockedAttempt tally = new BlockedAttempt(null, "10.9.9.9", "/v1/models", "10.0.0.0/8", T0, 7);
        repository().append(List.of(tally, at(0, "10.9.9.8")));
        repository().append(List.of(tally.plus(-6), new BlockedAttempt(null, "10.9.9.9", "/other", "10.0.0.0/8", T0, 2)));
        repository().append(List.of(new BlockedAttempt(null, "10.9.9.9", "/v1/models", "10.0.0.0/8", T0.plusSeconds(60), 3)));
        BlockedAttemptPage all = repository().page(1, 50);
        assertEquals(4, all.total(), "same key adds up; another path or minute is another row");
        assertEquals(List.of(3L), counts(all, "10.9.9.9", "/v1/models", T0.plusSeconds(60)));
        assertEquals(List.of(8L), counts(all, "10.9.9.9", "/v1/models", T0));
        assertEquals(List.of(2L), counts(all, "10.9.9.9", "/other", T0));
        assertEquals(List.of(1L), counts(all, "10.9.9.8", "/api/chat/completions", T0));
    }

    private static List<Long> counts(BlockedAttemptPage page, String ip, String path, Instant minute) {
        return page.items().stream()
                .filter(a -> a.ipAddress().equals(ip) && a.path().equals(path) && a.createdAt().equals(minute))
                .map(BlockedAttempt::count).toList();
    }

    @Test
    void deletesOnlyRowsOlderThanTheCutoffInBatches() {
        repository().deleteOlderThan(Instant.parse("2100-01-01T00:00:00Z"), 100);
        List<BlockedAttempt> batch = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            batch.add(at(i, "192.0.2." + i));
        }
        repository().append(batch);
        int deleted = repository().deleteOlderThan(T0.plus(5, ChronoUnit.MINUTES), 2);
        assertEquals(5, deleted);
        assertEquals(7, repository().page(1, 50).total());
        assertEquals("192.0.2.5", repository().page(2, 6).items().get(0).ipAddress());
    }
}
