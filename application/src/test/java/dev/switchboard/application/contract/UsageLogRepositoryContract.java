package dev.switchboard.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.port.out.stats.UsageStatisticsRepository;
import dev.switchboard.application.port.out.usage.UsageLogRepository;
import dev.switchboard.application.port.out.usage.UsageLogWriter;
import dev.switchboard.domain.channel.ChannelId;
import dev.switchboard.domain.stats.DailyUsage;
import dev.switchboard.domain.stats.DayRange;
import dev.switchboard.domain.stats.ModelShare;
import dev.switchboard.domain.usage.Endpoint;
import dev.switchboard.domain.usage.IpRange;
import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageLogFilter;
import dev.switchboard.domain.usage.UsageLogPage;
import dev.switchboard.domain.usage.UsageStatus;
import dev.switchboard.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the usage log's writer, repository and statistics must do together; run against the fake and
 * real SQLite. Each test works in its own window of days, so tests sharing one database stay apart.
 */
public abstract class UsageLogRepositoryContract {

    private static final AtomicInteger WINDOWS = new AtomicInteger();

    protected abstract UsageLogWriter writer();

    protected abstract UsageLogRepository repository();

    protected abstract UsageStatisticsRepository statistics();

    /** The app time zone the statistics aggregate days in. */
    protected abstract ZoneId zone();

    private final LocalDate firstDay = LocalDate.of(2001, 1, 1).plusDays(40L * WINDOWS.incrementAndGet());

    private Instant at(int day, int hour, int minute) {
        return firstDay.plusDays(day).atTime(hour, minute).atZone(zone()).toInstant();
    }

    private UsageLogFilter window() {
        return new UsageLogFilter(at(0, 0, 0), at(30, 0, 0), null, null, null, null, null);
    }

    private static UsageLogEntry row(Instant t, String ip, Long user, String model, Long channel, UsageStatus s) {
        return new UsageLogEntry(null, t, ip, user == null ? null : new UserId(user),
                user == null ? null : "User" + user + "@Example.com", model,
                channel == null ? null : new ChannelId(channel), channel == null ? null : "channel " + channel,
                100, 10, s, 250);
    }

    private List<Long> ids(UsageLogPage page) {
        return page.items().stream().map(UsageLogEntry::id).toList();
    }

    private List<UsageLogEntry> find(UsageLogFilter filter) {
        return repository().find(filter, new PageRequest(1, 500)).items();
    }

    @Test
    void storesEveryFieldOfSignedInAndGuestRows() {
        UsageLogEntry signedIn = new UsageLogEntry(null, at(1, 9, 0), "2001:db8::7", new UserId(7),
                "carol@example.com", "deepseek-r1", new ChannelId(3), "DeepSeek 主", 1234, 567,
                UsageStatus.UPSTREAM_ERROR, 8901, 12L, "laptop", 1000, 321, Endpoint.MESSAGES);
        UsageLogEntry guest = row(at(1, 8, 0), "203.0.113.9", null, "gpt-4o", null, UsageStatus.NO_CAPACITY);
        writer().append(List.of(signedIn, guest));
        List<UsageLogEntry> read = find(window());
        assertEquals(2, read.size());
        assertNotNull(read.get(0).id());
        assertEquals(signedIn, withoutId(read.get(0)));
        assertEquals(guest, withoutId(read.get(1)));
        assertEquals(Endpoint.CHAT, read.get(1).endpoint(), "a row that names no endpoint is a chat");
    }

    @Test
    void filtersByEachCriterionAndByAllTogether() {
        writer().append(List.of(
                row(at(1, 10, 0), "10.0.0.1", 1L, "gpt-4o", 1L, UsageStatus.OK),
                row(at(2, 10, 0), "10.0.0.2", 2L, "gpt-4o", 2L, UsageStatus.CANCELLED),
                row(at(3, 10, 0), "10.0.1.1", 12L, "deepseek-r1", 1L, UsageStatus.OK),
                row(at(4, 10, 0), "192.168.0.1", null, "gpt-4o", 1L, UsageStatus.UPSTREAM_ERROR),
                row(at(5, 10, 0), "2001:db8::1", 1L, "deepseek-r1", null, UsageStatus.NO_CAPACITY)));
        UsageLogFilter w = window();
        assertEquals(5, find(w).size());
        assertEquals(2, find(new UsageLogFilter(at(2, 0, 0), at(4, 0, 0), null, null, null, null, null)).size());
        assertEquals(3, find(filter(w, "USER1", null, null, null, null)).size());
        assertEquals(1, find(filter(w, "user12@", null, null, null, null)).size());
        assertEquals(1, find(filter(w, null, "10.0.0.2", null, null, null)).size());
        assertEquals(3, find(filter(w, null, "10.0.0.0/16", null, null, null)).size());
        assertEquals(1, find(filter(w, null, "2001:db8::/32", null, null, null)).size());
        assertEquals(3, find(filter(w, null, null, "gpt-4o", null, null)).size());
        assertEquals(3, find(filter(w, null, null, null, 1L, null)).size());
        assertEquals(2, find(filter(w, null, null, null, null, UsageStatus.OK)).size());
        List<UsageLogEntry> all = find(new UsageLogFilter(at(1, 0, 0), at(4, 0, 0), "user1", IpRange.parse("10.0.0.0/8"),
                "deepseek-r1", new ChannelId(1), UsageStatus.OK));
        assertEquals(1, all.size());
        assertEquals("10.0.1.1", all.get(0).ipAddress());
        assertEquals(0, find(filter(w, "user1", null, null, null, UsageStatus.UPSTREAM_ERROR)).size());
    }

    @Test
    void aUserFilterWithLikeWildcardsMatchesThemLiterally() {
        writer().append(List.of(
                new UsageLogEntry(null, at(1, 1, 0), "10.0.0.1", new UserId(31), "a_b%c@example.com", "m", null,
                        null, 1, 1, UsageStatus.OK, 1),
                new UsageLogEntry(null, at(1, 2, 0), "10.0.0.1", new UserId(32), "axbyc@example.com", "m", null,
                        null, 1, 1, UsageStatus.OK, 1)));
        assertEquals(1, find(filter(window(), "a_b%c", null, null, null, null)).size());
    }

    @Test
    void pagesNewestFirstWithTheTotalOfTheWholeFilter() {
        for (int i = 0; i < 7; i++) {
            writer().append(List.of(row(at(1, 10, i), "10.0.0." + i, null, "m", null, UsageStatus.OK)));
        }
        writer().append(List.of(row(at(1, 10, 6), "10.0.0.99", null, "m", null, UsageStatus.OK)));
        UsageLogPage first = repository().find(window(), new PageRequest(1, 3));
        UsageLogPage third = repository().find(window(), new PageRequest(3, 3));
        assertEquals(8, first.total());
        assertEquals(List.of("10.0.0.99", "10.0.0.6", "10.0.0.5"),
                first.items().stream().map(UsageLogEntry::ipAddress).toList());
        assertEquals(List.of("10.0.0.1", "10.0.0.0"), third.items().stream().map(UsageLogEntry::ipAddress).toList());
        assertEquals(8, third.total());
        assertEquals(3, third.page());
        assertEquals(0, repository().find(window(), new PageRequest(4, 3)).items().size());
        assertTrue(first.items().get(0).id() > first.items().get(1).id());
        assertEquals(ids(first), ids(repository().find(window(), new PageRequest(1, 3))));
    }

    @Test
    void streamsEveryMatchingRowInPageOrder() {
        for (int i = 0; i < 25; i++) {
            writer().append(List.of(row(at(1, 0, i), "10.0.0.1", null, i % 2 == 0 ? "even" : "odd", null,
                    UsageStatus.OK)));
        }
        UsageLogFilter even = filter(window(), null, null, "even", null, null);
        try (Stream<UsageLogEntry> rows = repository().stream(even)) {
            assertEquals(find(even), rows.toList());
        }
        assertEquals(13, find(even).size());
    }

    @Test
    void deletesInBatchesExactlyTheRowsCreatedBeforeTheCutoff() {
        Instant cutoff = Instant.parse("1990-06-01T00:00:00Z");
        for (Instant t : List.of(cutoff.minusSeconds(86_400), cutoff.minusSeconds(60), cutoff.minusMillis(2),
                cutoff.minusMillis(1), cutoff, cutoff.plusMillis(1))) {
            writer().append(List.of(row(t, "10.9.9.9", null, "retention", null, UsageStatus.OK)));
        }
        assertEquals(2, repository().deleteOlderThan(cutoff, 2));
        assertEquals(2, repository().deleteOlderThan(cutoff, 2));
        assertEquals(0, repository().deleteOlderThan(cutoff, 2));
        List<Instant> left = find(filter(UsageLogFilter.any(), null, null, "retention", null, null)).stream()
                .map(UsageLogEntry::createdAt).toList();
        assertEquals(List.of(cutoff.plusMillis(1), cutoff), left);
    }

    @Test
    void theUnfilteredTotalStaysExactWhenRetentionCutsADayInTwoAndOlderRowsArriveLater() {
        // Between the retention test's rows (1990) and the windows of the others (2001 on).
        Instant cutoff = Instant.parse("1995-03-01T10:00:00Z");
        for (Instant t : List.of(cutoff.minusSeconds(86_400), cutoff.minusSeconds(3600), cutoff.minusMillis(1), cutoff,
                cutoff.plusSeconds(3600), cutoff.plusSeconds(86_400))) {
            writer().append(List.of(row(t, "10.8.8.8", null, "unfiltered", null, UsageStatus.OK)));
        }
        assertEquals(everyRow(), repository().find(UsageLogFilter.any(), new PageRequest(1, 1)).total());
        while (repository().deleteOlderThan(cutoff, 2) > 0) {
            assertEquals(everyRow(), repository().find(UsageLogFilter.any(), new PageRequest(1, 1)).total());
        }
        statistics().forgetDaysBefore(LocalDate.ofInstant(cutoff, zone()));
        assertEquals(everyRow(), repository().find(UsageLogFilter.any(), new PageRequest(1, 1)).total());
        writer().append(List.of(row(cutoff.minusSeconds(7 * 86_400), "10.8.8.8", null, "unfiltered", null,
                UsageStatus.OK)));
        assertEquals(everyRow(), repository().find(UsageLogFilter.any(), new PageRequest(1, 1)).total());
    }

    private long everyRow() {
        try (java.util.stream.Stream<UsageLogEntry> rows = repository().stream(UsageLogFilter.any())) {
            return rows.count();
        }
    }

    @Test
    void aggregatesCallsTokensAndPeopleByLocalDay() {
        writer().append(List.of(
                row(at(1, 23, 59), "10.0.0.1", 1L, "gpt-4o", 1L, UsageStatus.OK),
                row(at(2, 0, 0), "10.0.0.1", 1L, "gpt-4o", 1L, UsageStatus.OK),
                row(at(2, 0, 1), "10.0.0.2", 2L, "deepseek-r1", 1L, UsageStatus.CANCELLED),
                row(at(2, 12, 0), "10.0.0.3", null, "deepseek-r1", null, UsageStatus.NO_CAPACITY),
                row(at(2, 13, 0), "10.0.0.3", null, "deepseek-r1", null, UsageStatus.OK),
                row(at(2, 14, 0), "10.0.0.4", null, "qwen", null, UsageStatus.OK)));
        writer().append(List.of(row(at(3, 0, 0), "10.0.0.1", 1L, "qwen", 1L, UsageStatus.OK)));
        DayRange two = new DayRange(firstDay.plusDays(2), firstDay.plusDays(2));
        assertEquals(List.of(new DailyUsage(firstDay.plusDays(1), 1, 100, 10),
                new DailyUsage(firstDay.plusDays(2), 5, 500, 50), new DailyUsage(firstDay.plusDays(3), 1, 100, 10)),
                statistics().daily(new DayRange(firstDay, firstDay.plusDays(29))));
        assertEquals(List.of(new ModelShare("deepseek-r1", 3), new ModelShare("gpt-4o", 1), new ModelShare("qwen", 1)),
                statistics().modelShare(two));
        assertEquals(2, statistics().activeUsers(two));
        assertEquals(2, statistics().activeGuests(two));
        DayRange all = new DayRange(firstDay, firstDay.plusDays(29));
        assertEquals(2, statistics().activeUsers(all));
        assertEquals(7, statistics().modelShare(all).stream().mapToLong(ModelShare::calls).sum());

        statistics().forgetDaysBefore(firstDay.plusDays(2));
        assertEquals(List.of(firstDay.plusDays(2), firstDay.plusDays(3)),
                statistics().daily(all).stream().map(DailyUsage::day).toList());
    }

    @Test
    void keepsDailyFiguresRightAcrossManyBatchesOfTheSameDay() {
        for (int batch = 0; batch < 5; batch++) {
            writer().append(List.of(row(at(1, 9, batch), "10.0.0.1", 5L, "m", null, UsageStatus.OK),
                    row(at(1, 9, batch), "10.0.0." + batch, null, "m", null, UsageStatus.OK)));
        }
        DayRange one = new DayRange(firstDay.plusDays(1), firstDay.plusDays(1));
        assertEquals(List.of(new DailyUsage(firstDay.plusDays(1), 10, 1000, 100)), statistics().daily(one));
        assertEquals(1, statistics().activeUsers(one));
        assertEquals(5, statistics().activeGuests(one));
    }

    private static UsageLogFilter filter(UsageLogFilter w, String user, String ip, String model, Long channel,
                                         UsageStatus status) {
        return new UsageLogFilter(w.from(), w.to(), user, ip == null ? null : IpRange.parse(ip), model,
                channel == null ? null : new ChannelId(channel), status);
    }

    private static UsageLogEntry withoutId(UsageLogEntry e) {
        return new UsageLogEntry(null, e.createdAt(), e.ipAddress(), e.userId(), e.userEmail(), e.modelId(),
                e.channelId(), e.channelName(), e.promptTokens(), e.completionTokens(), e.status(), e.latencyMs(),
                e.apiKeyId(), e.apiKeyName(), e.cachedTokens(), e.reasoningTokens(), e.endpoint());
    }
}
