package dev.switchboard.domain.stats;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Stream;

/**
 * The calendar periods statistics are counted in, in the app's time zone: today, this week (from
 * Monday), this month, and the trend's last {@value #TREND_DAYS} days ending today.
 */
public record CalendarPeriods(LocalDate today) {

    public static final int TREND_DAYS = 7;

    public static CalendarPeriods at(Instant now, ZoneId zone) {
        return new CalendarPeriods(LocalDate.ofInstant(now, zone));
    }

    public LocalDate weekStart() {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate monthStart() {
        return today.withDayOfMonth(1);
    }

    public DayRange todayRange() {
        return new DayRange(today, today);
    }

    public DayRange week() {
        return new DayRange(weekStart(), today);
    }

    public DayRange month() {
        return new DayRange(monthStart(), today);
    }

    public List<LocalDate> trendDays() {
        return Stream.iterate(today.minusDays(TREND_DAYS - 1L), d -> d.plusDays(1)).limit(TREND_DAYS).toList();
    }

    /** The first day any of the periods needs: a week can start in the previous month and vice versa. */
    public LocalDate earliestDay() {
        LocalDate trendStart = today.minusDays(TREND_DAYS - 1L);
        LocalDate first = weekStart().isBefore(monthStart()) ? weekStart() : monthStart();
        return trendStart.isBefore(first) ? trendStart : first;
    }
}
