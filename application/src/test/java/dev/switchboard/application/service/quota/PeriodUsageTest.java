package dev.switchboard.application.service.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.application.fake.MutableClock;
import dev.switchboard.application.port.out.quota.PeriodUsageRepository;
import dev.switchboard.application.port.out.quota.PeriodUsageRepository.Snapshot;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageStatus;
import dev.switchboard.domain.usage.UsageTotals;
import dev.switchboard.domain.usage.Endpoint;
import dev.switchboard.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PeriodUsageTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-30T12:00:00Z"));
    private final AtomicReference<Snapshot> stored = new AtomicReference<>(Snapshot.EMPTY);
    private final PeriodUsageRepository repository = (monthStart, today) -> stored.get();
    private final PeriodUsage usage = new PeriodUsage(repository, clock);

    private UsageLogEntry row(Long user, Long group, String ip, int tokens, Long costNanos) {
        return new UsageLogEntry(null, clock.instant(), ip, user == null ? null : new UserId(user),
                user == null ? null : "u@example.com", "m", null, null, tokens, 0, UsageStatus.OK, 5, null, null, 0, 0,
                Endpoint.CHAT, costNanos, group, group == null ? null : "g");
    }

    @Test
    void aRecordedRowCountsAtOnceForItsUserAndGroupAndOnceWrittenStillCountsOnce() {
        UsageLogEntry row = row(7L, 3L, "10.0.0.1", 14, 2000L);
        usage.recorded(row);
        assertEquals(new UsageTotals(1, 14, 2000), usage.user(7));
        assertEquals(new UsageTotals(1, 14, 2000), usage.group(3));
        usage.written(List.of(row));
        assertEquals(new UsageTotals(1, 14, 2000), usage.user(7));
        assertEquals(UsageTotals.NONE, usage.guest("10.0.0.1"));
    }

    @Test
    void aRefreshTakesWhatEveryInstanceWroteAndDropsWhatItAlreadyHolds() {
        UsageLogEntry mine = row(7L, null, "10.0.0.1", 14, null);
        usage.recorded(mine);
        usage.written(List.of(mine));
        // the database now holds this row and 100 tokens another instance wrote
        stored.set(new Snapshot(Map.of(7L, new UsageTotals(2, 114, 0)), Map.of(), Map.of()));
        usage.refresh();
        assertEquals(new UsageTotals(2, 114, 0), usage.user(7));
    }

    @Test
    void aRowRecordedButNotYetWrittenSurvivesARefresh() {
        usage.recorded(row(7L, null, "10.0.0.1", 14, null));
        usage.refresh();
        assertEquals(14, usage.user(7).tokens());
    }

    @Test
    void aNewMonthStartsFromZeroAndANewDayOnlyForGuests() {
        usage.recorded(row(7L, 3L, "10.0.0.1", 14, null));
        usage.recorded(row(null, null, "10.0.0.2", 20, null));
        clock.advance(Duration.ofDays(1)); // 2026-12-31: same month, new day
        assertEquals(14, usage.user(7).tokens());
        assertEquals(0, usage.guest("10.0.0.2").tokens());
        clock.advance(Duration.ofDays(1)); // 2027-01-01
        assertEquals(UsageTotals.NONE, usage.user(7));
        assertEquals(UsageTotals.NONE, usage.group(3));
    }

    @Test
    void aGuestsRowsCountForTheirIpToday() {
        usage.recorded(row(null, null, "10.0.0.2", 20, null));
        usage.recorded(row(null, null, "10.0.0.2", 20, null));
        assertEquals(new UsageTotals(2, 40, 0), usage.guest("10.0.0.2"));
        assertEquals(UsageTotals.NONE, usage.guest("10.0.0.3"));
    }
}
