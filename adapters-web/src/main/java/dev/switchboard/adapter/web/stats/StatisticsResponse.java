package dev.switchboard.adapter.web.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.application.policy.quota.CostPolicy;
import dev.switchboard.domain.retention.RetentionRun;
import dev.switchboard.domain.stats.DayRange;
import dev.switchboard.domain.stats.PeriodCounts;
import dev.switchboard.domain.stats.TokenCounts;
import dev.switchboard.domain.stats.UsageStatistics;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** The statistics body of SPEC §7 and §14 (cost, top users), plus the model share's range and the retention job's last run. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record StatisticsResponse(
        Periods calls,
        Tokens tokens,
        List<Share> modelShare,
        Range modelShareRange,
        List<Day> trend,
        Periods activeUsers,
        Periods activeGuests,
        @Nullable Retention retention,
        Costs cost,
        List<UserLine> topUsers) {

    static StatisticsResponse fromDomain(UsageStatistics s, DayRange shareRange, @Nullable RetentionRun run,
                                         ApiTime time) {
        return new StatisticsResponse(Periods.of(s.calls()),
                new Tokens(Token.of(s.tokensToday()), Token.of(s.tokensWeek()), Token.of(s.tokensMonth())),
                s.modelShare().stream().map(m -> new Share(m.model(), m.calls(), CostPolicy.toAmount(m.costNanos())))
                        .toList(),
                new Range(shareRange.first().toString(), shareRange.last().toString()),
                s.trend().stream().map(d -> new Day(d.day().toString(), d.calls(), d.totalTokens(),
                        CostPolicy.toAmount(d.costNanos()))).toList(),
                Periods.of(s.activeUsers()), Periods.of(s.activeGuests()),
                run == null ? null : Retention.of(run, time),
                new Costs(CostPolicy.toAmount(s.costNanos().today()), CostPolicy.toAmount(s.costNanos().week()),
                        CostPolicy.toAmount(s.costNanos().month())),
                s.topUsers().stream().map(u -> new UserLine(u.user(), u.calls(), u.tokens(),
                        CostPolicy.toAmount(u.costNanos()))).toList());
    }

    @Serdeable
    record Periods(long today, long week, long month) {
        static Periods of(PeriodCounts c) {
            return new Periods(c.today(), c.week(), c.month());
        }
    }

    @Serdeable
    record Tokens(Token today, Token week, Token month) {
    }

    @Serdeable
    record Token(long prompt, long completion, long total) {
        static Token of(TokenCounts t) {
            return new Token(t.prompt(), t.completion(), t.total());
        }
    }

    @Serdeable
    record Share(String model, long calls, BigDecimal cost) {
    }

    /** Cost per period, in the settings' currency (SPEC §14). */
    @Serdeable
    record Costs(BigDecimal today, BigDecimal week, BigDecimal month) {
    }

    /** One of this month's top users: {@code user} is the e-mail. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UserLine(@Nullable String user, long calls, long tokens, BigDecimal cost) {
    }

    @Serdeable
    record Range(String start, String end) {
    }

    @Serdeable
    record Day(String date, long calls, long tokens, BigDecimal cost) {
    }

    /** When the retention job last ran, the cut-off it applied and what it removed. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Retention(OffsetDateTime lastRunAt, int retentionDays, OffsetDateTime cutoff, long usageRowsRemoved,
                     long attemptRowsRemoved) {
        static Retention of(RetentionRun run, ApiTime time) {
            return new Retention(time.format(run.finishedAt()), run.retentionDays(), time.format(run.cutoff()),
                    run.usageRowsRemoved(), run.attemptRowsRemoved());
        }
    }
}
