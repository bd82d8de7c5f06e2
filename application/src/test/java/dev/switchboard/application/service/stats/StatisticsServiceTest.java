package dev.switchboard.application.service.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.application.fake.InMemoryUsageLog;
import dev.switchboard.application.fake.MutableClock;
import dev.switchboard.domain.stats.DailyUsage;
import dev.switchboard.domain.stats.DayRange;
import dev.switchboard.domain.stats.ModelShare;
import dev.switchboard.domain.stats.PeriodCounts;
import dev.switchboard.domain.stats.TokenCounts;
import dev.switchboard.domain.stats.UsageStatistics;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageStatus;
import dev.switchboard.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Periods are calendar periods of Asia/Shanghai (UTC+8), whatever UTC's date is. */
class StatisticsServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final InMemoryUsageLog log = new InMemoryUsageLog(SHANGHAI);

    private void call(String utc, Long user, String ip, String model) {
        log.append(List.of(new UsageLogEntry(null, Instant.parse(utc), ip, user == null ? null : new UserId(user),
                user == null ? null : "u" + user + "@example.com", model, null, null, 10, 5, UsageStatus.OK, 1)));
    }

    private UsageStatistics at(String utcNow) {
        return new StatisticsService(log, new MutableClock(Instant.parse(utcNow), SHANGHAI)).statistics();
    }

    @Test
    void justAfterLocalMidnightOnTheFirstMondayOfAMonthOnlyTheNewDayCounts() {
        // 2024-03-31T15:59Z is Sunday 23:59 in Shanghai; 16:00Z is Monday April 1st, 00:00.
        call("2024-03-31T15:59:59Z", 1L, "10.0.0.1", "gpt-4o");
        call("2024-03-31T16:00:00Z", 1L, "10.0.0.1", "gpt-4o");
        call("2024-03-31T16:20:00Z", null, "10.0.0.9", "deepseek-r1");
        UsageStatistics s = at("2024-03-31T16:30:00Z");
        assertEquals(new PeriodCounts(2, 2, 2), s.calls());
        assertEquals(new TokenCounts(20, 10), s.tokensToday());
        assertEquals(new PeriodCounts(1, 1, 1), s.activeUsers());
        assertEquals(new PeriodCounts(1, 1, 1), s.activeGuests());
        assertEquals(List.of(new ModelShare("deepseek-r1", 1), new ModelShare("gpt-4o", 1)), s.modelShare());
        assertEquals(new DailyUsage(LocalDate.parse("2024-03-31"), 1, 10, 5), s.trend().get(5));
        assertEquals(new DailyUsage(LocalDate.parse("2024-04-01"), 2, 20, 10), s.trend().get(6));
    }

    @Test
    void aWeekStartedLastMonthCountsBothMonthsDaysButTheMonthDoesNot() {
        // Wednesday May 1st 2024 in Shanghai; the week began on Monday April 29th.
        call("2024-04-28T12:00:00Z", 1L, "10.0.0.1", "m");   // Sunday April 28th local: last week
        call("2024-04-29T01:00:00Z", 2L, "10.0.0.2", "m");   // Monday April 29th local
        call("2024-04-30T17:00:00Z", 3L, "10.0.0.3", "m");   // Wednesday May 1st 01:00 local
        UsageStatistics s = at("2024-05-01T02:00:00Z");
        assertEquals(new PeriodCounts(1, 2, 1), s.calls());
        assertEquals(new PeriodCounts(1, 2, 1), s.activeUsers());
        assertEquals(new PeriodCounts(0, 0, 0), s.activeGuests());
        assertEquals(List.of(0L, 0L, 0L, 1L, 1L, 0L, 1L), s.trend().stream().map(DailyUsage::calls).toList());
        assertEquals(LocalDate.parse("2024-04-25"), s.trend().get(0).day());
    }

    @Test
    void theModelShareCoversTheChosenRange() {
        call("2024-02-10T04:00:00Z", null, "10.0.0.1", "old-model");
        call("2024-03-10T04:00:00Z", null, "10.0.0.1", "new-model");
        StatisticsService service = new StatisticsService(log,
                new MutableClock(Instant.parse("2024-03-15T00:00:00Z"), SHANGHAI));
        assertEquals(List.of(new ModelShare("new-model", 1)), service.statistics().modelShare());
        assertEquals(List.of(new ModelShare("new-model", 1), new ModelShare("old-model", 1)), service.statistics(
                new DayRange(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-03-31"))).modelShare());
    }
}
