package dev.switchboard.domain.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CalendarPeriodsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void todayIsTheAppZonesDateNotUtcs() {
        // 23:59:59 UTC on Tuesday April 30th is already 07:59 on Wednesday May 1st in Shanghai.
        CalendarPeriods p = CalendarPeriods.at(Instant.parse("2024-04-30T23:59:59Z"), SHANGHAI);
        assertEquals(LocalDate.parse("2024-05-01"), p.today());
        assertEquals(LocalDate.parse("2024-05-01"), p.monthStart());
        assertEquals(LocalDate.parse("2024-04-29"), p.weekStart());
        // One second before midnight in Shanghai is still April 30th there.
        assertEquals(LocalDate.parse("2024-04-30"), CalendarPeriods.at(Instant.parse("2024-04-30T15:59:59Z"), SHANGHAI).today());
    }

    @Test
    void theWeekStartsOnMondayAndMondayIsItsOwnStart() {
        assertEquals(LocalDate.parse("2024-05-06"), new CalendarPeriods(LocalDate.parse("2024-05-06")).weekStart());
        assertEquals(LocalDate.parse("2024-05-06"), new CalendarPeriods(LocalDate.parse("2024-05-12")).weekStart());
    }

    @Test
    void theTrendIsTheSevenDaysEndingTodayOldestFirst() {
        CalendarPeriods p = new CalendarPeriods(LocalDate.parse("2024-03-02"));
        assertEquals(LocalDate.parse("2024-02-25"), p.trendDays().get(0));
        assertEquals(LocalDate.parse("2024-03-02"), p.trendDays().get(6));
        assertEquals(7, p.trendDays().size());
    }

    @Test
    void theEarliestDayCoversAWeekThatStartedLastMonth() {
        // Friday March 1st: the week began on Monday February 26th, the trend on February 24th.
        CalendarPeriods p = new CalendarPeriods(LocalDate.parse("2024-03-01"));
        assertEquals(LocalDate.parse("2024-02-26"), p.weekStart());
        assertEquals(LocalDate.parse("2024-02-24"), p.earliestDay());
        // Friday May 31st: the month began long before the week and the trend.
        assertEquals(LocalDate.parse("2024-05-01"), new CalendarPeriods(LocalDate.parse("2024-05-31")).earliestDay());
    }

    @Test
    void dayBoundariesFollowDaylightSavingTime() {
        DayRange spring = new DayRange(LocalDate.parse("2024-03-10"), LocalDate.parse("2024-03-10"));
        assertEquals(Instant.parse("2024-03-10T05:00:00Z"), spring.startInstant(NEW_YORK));
        assertEquals(Instant.parse("2024-03-11T04:00:00Z"), spring.endInstant(NEW_YORK));
    }
}
