package dev.switchboard.domain.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageStatisticsTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void sumsEachDayIntoTheRightPeriodsAndZeroFillsTheTrend() {
        // Tuesday April 2nd: the week began on Monday April 1st, the month too; March 31st is in neither.
        CalendarPeriods p = new CalendarPeriods(d("2024-04-02"));
        List<DailyUsage> days = List.of(
                new DailyUsage(d("2024-03-27"), 100, 1, 1),
                new DailyUsage(d("2024-03-31"), 5, 50, 5),
                new DailyUsage(d("2024-04-01"), 3, 30, 3),
                new DailyUsage(d("2024-04-02"), 2, 20, 2),
                new DailyUsage(d("2024-04-02"), 1, 10, 1));
        UsageStatistics s = UsageStatistics.compute(p, days, List.of(new ModelShare("m", 111)),
                new PeriodCounts(1, 2, 3), new PeriodCounts(4, 5, 6));
        assertEquals(new PeriodCounts(3, 6, 6), s.calls());
        assertEquals(new TokenCounts(30, 3), s.tokensToday());
        assertEquals(new TokenCounts(60, 6), s.tokensWeek());
        assertEquals(66, s.tokensMonth().total());
        assertEquals(List.of(
                new DailyUsage(d("2024-03-27"), 100, 1, 1), DailyUsage.empty(d("2024-03-28")),
                DailyUsage.empty(d("2024-03-29")), DailyUsage.empty(d("2024-03-30")),
                new DailyUsage(d("2024-03-31"), 5, 50, 5), new DailyUsage(d("2024-04-01"), 3, 30, 3),
                new DailyUsage(d("2024-04-02"), 3, 30, 3)), s.trend());
    }
}
