package dev.switchboard.domain.stats;

/** One figure for today, this week and this month. */
public record PeriodCounts(long today, long week, long month) {
}
