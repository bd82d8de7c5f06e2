package dev.switchboard.application.service.stats;

import dev.switchboard.application.port.in.stats.ViewStatisticsQuery;
import dev.switchboard.application.port.out.stats.UsageStatisticsRepository;
import dev.switchboard.domain.stats.CalendarPeriods;
import dev.switchboard.domain.stats.DayRange;
import dev.switchboard.domain.stats.PeriodCounts;
import dev.switchboard.domain.stats.UsageStatistics;
import java.time.Clock;
import java.util.function.ToLongFunction;

/** Statistics in the clock's time zone: one read of the daily figures, summed into the periods; top 10 users this month. */
public class StatisticsService implements ViewStatisticsQuery {

    static final int TOP_USERS = 10;

    private final UsageStatisticsRepository stats;
    private final Clock clock;

    public StatisticsService(UsageStatisticsRepository stats, Clock clock) {
        this.stats = stats;
        this.clock = clock;
    }

    @Override
    public UsageStatistics statistics() {
        return statistics(periods().month());
    }

    @Override
    public UsageStatistics statistics(DayRange shareRange) {
        CalendarPeriods periods = periods();
        return UsageStatistics.compute(periods,
                stats.daily(new DayRange(periods.earliestDay(), periods.today())),
                stats.modelShare(shareRange),
                perPeriod(periods, stats::activeUsers),
                perPeriod(periods, stats::activeGuests),
                stats.topUsers(periods.month(), TOP_USERS));
    }

    private CalendarPeriods periods() {
        return CalendarPeriods.at(clock.instant(), clock.getZone());
    }

    private static PeriodCounts perPeriod(CalendarPeriods p, ToLongFunction<DayRange> count) {
        return new PeriodCounts(count.applyAsLong(p.todayRange()), count.applyAsLong(p.week()),
                count.applyAsLong(p.month()));
    }
}
