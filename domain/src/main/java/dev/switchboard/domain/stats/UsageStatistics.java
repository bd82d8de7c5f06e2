package dev.switchboard.domain.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The admin's statistics (SPEC §4, §7, §14): calls, tokens, cost (nano-units) and active people per period, model
 * share, trend, and this month's top users by tokens.
 */
public record UsageStatistics(
        PeriodCounts calls,
        TokenCounts tokensToday,
        TokenCounts tokensWeek,
        TokenCounts tokensMonth,
        List<ModelShare> modelShare,
        List<DailyUsage> trend,
        PeriodCounts activeUsers,
        PeriodCounts activeGuests,
        PeriodCounts costNanos,
        List<TopUser> topUsers) {

    public UsageStatistics {
        modelShare = List.copyOf(modelShare);
        trend = List.copyOf(trend);
        costNanos = costNanos == null ? new PeriodCounts(0, 0, 0) : costNanos;
        topUsers = topUsers == null ? List.of() : List.copyOf(topUsers);
    }

    /** Statistics without cost and top users. */
    public UsageStatistics(PeriodCounts calls, TokenCounts tokensToday, TokenCounts tokensWeek, TokenCounts tokensMonth,
                           List<ModelShare> modelShare, List<DailyUsage> trend, PeriodCounts activeUsers,
                           PeriodCounts activeGuests) {
        this(calls, tokensToday, tokensWeek, tokensMonth, modelShare, trend, activeUsers, activeGuests, null, null);
    }

    /** Sums per-day usage into the periods and zero-fills the trend's days without calls; no top users. */
    public static UsageStatistics compute(CalendarPeriods periods, List<DailyUsage> days, List<ModelShare> share,
                                          PeriodCounts activeUsers, PeriodCounts activeGuests) {
        return compute(periods, days, share, activeUsers, activeGuests, List.of());
    }

    /** Sums per-day usage into the periods and zero-fills the trend's days without calls. */
    public static UsageStatistics compute(CalendarPeriods periods, List<DailyUsage> days, List<ModelShare> share,
                                          PeriodCounts activeUsers, PeriodCounts activeGuests, List<TopUser> topUsers) {
        Map<LocalDate, DailyUsage> byDay = days.stream().collect(Collectors.toMap(DailyUsage::day,
                Function.identity(), (a, b) -> new DailyUsage(a.day(), a.calls() + b.calls(),
                        a.promptTokens() + b.promptTokens(), a.completionTokens() + b.completionTokens(),
                        a.costNanos() + b.costNanos())));
        List<DailyUsage> trend = periods.trendDays().stream()
                .map(d -> byDay.getOrDefault(d, DailyUsage.empty(d))).toList();
        return new UsageStatistics(
                new PeriodCounts(calls(byDay, periods.todayRange()), calls(byDay, periods.week()),
                        calls(byDay, periods.month())),
                tokens(byDay, periods.todayRange()), tokens(byDay, periods.week()), tokens(byDay, periods.month()),
                share, trend, activeUsers, activeGuests,
                new PeriodCounts(cost(byDay, periods.todayRange()), cost(byDay, periods.week()),
                        cost(byDay, periods.month())), topUsers);
    }

    private static long cost(Map<LocalDate, DailyUsage> byDay, DayRange range) {
        return byDay.values().stream().filter(d -> range.contains(d.day())).mapToLong(DailyUsage::costNanos).sum();
    }

    private static long calls(Map<LocalDate, DailyUsage> byDay, DayRange range) {
        return byDay.values().stream().filter(d -> range.contains(d.day())).mapToLong(DailyUsage::calls).sum();
    }

    private static TokenCounts tokens(Map<LocalDate, DailyUsage> byDay, DayRange range) {
        return new TokenCounts(
                byDay.values().stream().filter(d -> range.contains(d.day())).mapToLong(DailyUsage::promptTokens).sum(),
                byDay.values().stream().filter(d -> range.contains(d.day()))
                        .mapToLong(DailyUsage::completionTokens).sum());
    }
}
