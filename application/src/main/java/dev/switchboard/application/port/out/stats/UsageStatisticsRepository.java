package dev.switchboard.application.port.out.stats;

import dev.switchboard.domain.stats.DailyUsage;
import dev.switchboard.domain.stats.DayRange;
import dev.switchboard.domain.stats.ModelShare;
import dev.switchboard.domain.stats.TopUser;
import java.time.LocalDate;
import java.util.List;

/**
 * Usage aggregated per calendar day of the app's time zone. Implementations may keep pre-aggregated
 * rollups; they must agree with the rows written through the usage log writer.
 */
public interface UsageStatisticsRepository {

    /** Calls, tokens and cost per day with any usage in the range; days without calls may be left out. */
    List<DailyUsage> daily(DayRange range);

    /** Calls and cost per model in the range, most calls first (ties by model id). */
    List<ModelShare> modelShare(DayRange range);

    /** Distinct signed-in users with at least one call in the range. */
    long activeUsers(DayRange range);

    /** Distinct IP addresses of guest (not signed-in) calls in the range. */
    long activeGuests(DayRange range);

    /** The {@code limit} signed-in users with most tokens in the range, most first (ties by user id). */
    default List<TopUser> topUsers(DayRange range, int limit) {
        return List.of();
    }

    /** Drops the aggregates of days before {@code firstKeptDay}; retention calls it with the log rows. */
    void forgetDaysBefore(LocalDate firstKeptDay);
}
