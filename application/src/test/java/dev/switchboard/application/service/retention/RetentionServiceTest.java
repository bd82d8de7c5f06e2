package dev.switchboard.application.service.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.fake.InMemoryBlockedAttemptRepository;
import dev.switchboard.domain.ipblock.BlockedAttempt;
import dev.switchboard.application.fake.InMemoryRetentionRunLog;
import dev.switchboard.application.fake.InMemorySettingsRepository;
import dev.switchboard.application.fake.InMemoryUsageLog;
import dev.switchboard.application.fake.MutableClock;
import dev.switchboard.application.service.settings.SettingsService;
import dev.switchboard.domain.retention.RetentionRun;
import dev.switchboard.domain.settings.SystemSettings;
import dev.switchboard.domain.stats.DayRange;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2024-06-30T04:00:00Z");
    private static final Instant CUTOFF = NOW.minus(Duration.ofDays(30));

    private final MutableClock clock = new MutableClock(NOW, SHANGHAI);
    private final InMemoryUsageLog log = new InMemoryUsageLog(SHANGHAI);
    private final InMemoryBlockedAttemptRepository attempts = new InMemoryBlockedAttemptRepository();
    private final InMemoryRetentionRunLog runs = new InMemoryRetentionRunLog();
    private final SettingsService settings = new SettingsService(new InMemorySettingsRepository(),
            new SystemSettings(10, 60, 30));
    private final RetentionService retention = new RetentionService(log, attempts, log, runs, settings, clock, 2,
            Duration.ZERO);

    private void logAt(Instant t) {
        log.append(List.of(new UsageLogEntry(null, t, "10.0.0.1", null, null, "m", null, null, 1, 1,
                UsageStatus.OK, 1)));
    }

    @Test
    void deletesExactlyTheRowsAndAttemptsPastTheCutoffInBatches() {
        for (Instant t : List.of(CUTOFF.minus(Duration.ofDays(400)), CUTOFF.minusSeconds(1), CUTOFF.minusMillis(1),
                CUTOFF, CUTOFF.plusMillis(1), NOW)) {
            logAt(t);
            attempts.append(List.of(new BlockedAttempt(null, "192.0.2.1", "/api/chat/completions", "192.0.2.0/24", t)));
        }
        RetentionRun run = retention.runNow();
        assertEquals(3, run.usageRowsRemoved());
        assertEquals(3, run.attemptRowsRemoved());
        assertEquals(CUTOFF, run.cutoff());
        assertEquals(30, run.retentionDays());
        assertEquals(List.of(CUTOFF, CUTOFF.plusMillis(1), NOW), log.all().stream().map(UsageLogEntry::createdAt).toList());
        assertEquals(3, attempts.page(1, 10).total());
        assertEquals(run, retention.lastRun().orElseThrow());
    }

    @Test
    void aChangedRetentionAppliesAtTheNextRun() {
        logAt(NOW.minus(Duration.ofDays(10)));
        assertEquals(0, retention.runNow().usageRowsRemoved());
        settings.update(new SystemSettings(10, 60, 7));
        clock.advance(Duration.ofHours(24));
        RetentionRun next = retention.runNow();
        assertEquals(1, next.usageRowsRemoved());
        assertEquals(7, next.retentionDays());
        assertTrue(log.all().isEmpty());
        assertEquals(next, retention.lastRun().orElseThrow());
    }

    @Test
    void forgetsTheDailyFiguresOfDaysWhollyPastRetention() {
        logAt(CUTOFF.minus(Duration.ofDays(2)));
        logAt(CUTOFF.minusSeconds(1));
        retention.runNow();
        logAt(CUTOFF.minus(Duration.ofDays(2)));   // written late, after the run: its day is forgotten
        DayRange around = new DayRange(LocalDate.ofInstant(CUTOFF, SHANGHAI).minusDays(5),
                LocalDate.ofInstant(CUTOFF, SHANGHAI));
        assertTrue(log.daily(around).isEmpty());
    }
}
