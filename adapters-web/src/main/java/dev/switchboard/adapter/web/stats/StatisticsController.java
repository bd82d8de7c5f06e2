package dev.switchboard.adapter.web.stats;

import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.application.port.in.retention.RunRetentionUseCase;
import dev.switchboard.application.port.in.stats.ViewStatisticsQuery;
import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.stats.CalendarPeriods;
import dev.switchboard.domain.stats.DayRange;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;

/** Usage statistics for the admin dashboard, in the app's time zone. */
@Controller("/api/admin/stats")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "admin")
class StatisticsController {

    private final ViewStatisticsQuery statistics;
    private final RunRetentionUseCase retention;
    private final ApiTime time;
    private final Clock clock;

    StatisticsController(ViewStatisticsQuery statistics, RunRetentionUseCase retention, ApiTime time, Clock clock) {
        this.statistics = statistics;
        this.retention = retention;
        this.time = time;
        this.clock = clock;
    }

    @Get
    @Operation(summary = "Calls, tokens and active people today / this week / this month, the 7-day trend, and "
            + "the model share over start..end (ISO dates, both included; default: this month)")
    StatisticsResponse get(@Nullable @QueryValue String start, @Nullable @QueryValue String end) {
        CalendarPeriods periods = CalendarPeriods.at(clock.instant(), clock.getZone());
        DayRange share = new DayRange(day("start", start, periods.monthStart()), day("end", end, periods.today()));
        return StatisticsResponse.fromDomain(statistics.statistics(share), share, retention.lastRun().orElse(null),
                time);
    }

    private static LocalDate day(String field, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, field + " must be an ISO date such as 2024-05-01");
        }
    }
}
