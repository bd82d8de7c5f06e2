package dev.switchboard.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.application.port.out.quota.PeriodUsageRepository;
import dev.switchboard.application.port.out.stats.UsageStatisticsRepository;
import dev.switchboard.application.port.out.usage.UsageLogRepository;
import dev.switchboard.application.port.out.usage.UsageLogWriter;
import dev.switchboard.domain.stats.DailyUsage;
import dev.switchboard.domain.stats.DayRange;
import dev.switchboard.domain.stats.ModelShare;
import dev.switchboard.domain.stats.TopUser;
import dev.switchboard.domain.usage.Endpoint;
import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageLogFilter;
import dev.switchboard.domain.usage.UsageStatus;
import dev.switchboard.domain.usage.UsageTotals;
import dev.switchboard.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Cost, groups and the quota rollups (SPEC §14): what the writer stores must add up, exactly, in the statistics and
 * in the per-user, per-group and per-guest sums quotas start from. Each test has its own month, users and groups.
 */
public abstract class CostRollupsContract {

    private static final AtomicInteger WINDOWS = new AtomicInteger();

    protected abstract UsageLogWriter writer();

    protected abstract UsageLogRepository repository();

    protected abstract UsageStatisticsRepository statistics();

    protected abstract PeriodUsageRepository periodUsage();

    protected abstract ZoneId zone();

    private final int window = WINDOWS.incrementAndGet();
    private final LocalDate month = LocalDate.of(2101, 1, 1).plusMonths(window);
    private final long user = 900_000L + window * 10L;
    private final long group = 800_000L + window;
    private final String model = "cost-model-" + window;

    private UsageLogEntry row(LocalDate day, Long userId, String ip, int prompt, int completion, Long cost, Long groupId) {
        Instant at = day.atTime(10, 0).atZone(zone()).toInstant();
        return new UsageLogEntry(null, at, ip, userId == null ? null : new UserId(userId),
                userId == null ? null : "u" + userId + "@example.com", model, null, null, prompt, completion,
                UsageStatus.OK, 10, null, null, 0, 0, Endpoint.CHAT, cost, groupId, groupId == null ? null : "g" + groupId);
    }

    @Test
    void theStatisticsCostIsExactlyTheSumOfTheRowsCosts() {
        writer().append(List.of(row(month, user, "10.0.0.1", 11, 3, 8_400L, group),
                row(month, user + 1, "10.0.0.1", 11, 3, 999_999_999_999L, null),
                row(month, null, "10.0.0.2", 11, 3, null, null),
                row(month.plusDays(1), user, "10.0.0.1", 1, 1, 1L, group)));
        DayRange range = new DayRange(month, month.plusDays(1));
        List<DailyUsage> days = statistics().daily(range);
        assertEquals(1_000_000_008_399L, days.get(0).costNanos());
        assertEquals(1L, days.get(1).costNanos());
        assertEquals(List.of(new ModelShare(model, 4, 1_000_000_008_400L)), statistics().modelShare(range));
        long rowsCost = repository().find(new UsageLogFilter(range.first().atStartOfDay(zone()).toInstant(), null, null,
                null, model, null, null), new PageRequest(1, 500)).items().stream()
                .mapToLong(e -> e.costNanos() == null ? 0 : e.costNanos()).sum();
        assertEquals(rowsCost, days.stream().mapToLong(DailyUsage::costNanos).sum());
    }

    @Test
    void theQuotaSumsCountTheMonthPerUserAndGroupAndTodayPerGuest() {
        writer().append(List.of(row(month.minusDays(1), user, "10.0.0.1", 500, 500, 7L, group),
                row(month, user, "10.0.0.1", 11, 3, 8_400L, group),
                row(month.plusDays(3), user, "10.0.0.1", 11, 3, 8_400L, null),
                row(month.plusDays(3), user + 1, "10.0.0.1", 20, 0, null, group),
                row(month.plusDays(3), null, "203.0.113." + window, 30, 5, null, null),
                row(month.plusDays(2), null, "203.0.113." + window, 100, 0, null, null)));
        PeriodUsageRepository.Snapshot sums = periodUsage().since(month, month.plusDays(3));
        assertEquals(new UsageTotals(2, 28, 16_800), sums.users().get(user));
        assertEquals(new UsageTotals(1, 20, 0), sums.users().get(user + 1));
        assertEquals(new UsageTotals(2, 34, 8_400), sums.groups().get(group));
        assertEquals(new UsageTotals(1, 35, 0), sums.guests().get("203.0.113." + window));
    }

    @Test
    void topUsersAreTheMostTokensFirstWithTheirEmailAndCost() {
        writer().append(List.of(row(month, user, "10.0.0.1", 10, 0, 5L, group),
                row(month, user + 1, "10.0.0.1", 300, 0, 7L, null),
                row(month.plusDays(1), user, "10.0.0.1", 10, 0, 5L, null)));
        List<TopUser> top = statistics().topUsers(new DayRange(month, month.plusDays(27)), 10);
        assertEquals(List.of(new TopUser("u" + (user + 1) + "@example.com", 1, 300, 7),
                new TopUser("u" + user + "@example.com", 2, 20, 10)), top);
    }

    @Test
    void rowsKeepTheirCostAndGroupAndCanBeFilteredByGroupIdOrName() {
        writer().append(List.of(row(month, user, "10.0.0.1", 10, 0, 5L, group),
                row(month, user + 1, "10.0.0.1", 10, 0, null, null)));
        Instant from = month.atStartOfDay(zone()).toInstant();
        List<UsageLogEntry> byId = repository().find(new UsageLogFilter(from, null, null, null, model, null, null,
                null, Long.toString(group)), new PageRequest(1, 50)).items();
        assertEquals(1, byId.size());
        assertEquals(5L, byId.get(0).costNanos());
        assertEquals(group, byId.get(0).groupId());
        assertEquals("g" + group, byId.get(0).groupName());
        List<UsageLogEntry> byName = repository().find(new UsageLogFilter(from, null, null, null, model, null, null,
                null, "G" + group), new PageRequest(1, 50)).items();
        assertEquals(byId.get(0).id(), byName.get(0).id());
    }
}
