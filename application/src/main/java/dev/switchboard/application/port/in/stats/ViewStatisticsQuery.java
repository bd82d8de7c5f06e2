package dev.switchboard.application.port.in.stats;

import dev.switchboard.domain.stats.DayRange;
import dev.switchboard.domain.stats.UsageStatistics;

/** Use case: the admin's statistics for today, this week and this month in the app's time zone. */
public interface ViewStatisticsQuery {

    /** With the model share over this month. */
    UsageStatistics statistics();

    /** With the model share over {@code shareRange}. */
    UsageStatistics statistics(DayRange shareRange);
}
