package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.stats.UsageStatisticsRepository;
import dev.switchboard.application.port.out.usage.UsageLogRepository;
import dev.switchboard.application.port.out.usage.UsageLogWriter;
import dev.switchboard.domain.stats.DailyUsage;
import dev.switchboard.domain.stats.DayRange;
import dev.switchboard.domain.stats.ModelShare;
import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageLogFilter;
import dev.switchboard.domain.usage.UsageLogPage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** In-memory usage log: the writer, the repository and the daily statistics over one list of rows. */
public class InMemoryUsageLog implements UsageLogWriter, UsageLogRepository, UsageStatisticsRepository {

    private static final Comparator<UsageLogEntry> NEWEST_FIRST = Comparator
            .comparing(UsageLogEntry::createdAt).thenComparing(UsageLogEntry::id).reversed();

    private final List<UsageLogEntry> rows = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private final ZoneId zone;
    private LocalDate forgottenBefore = LocalDate.MIN;

    public InMemoryUsageLog(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public synchronized void append(List<UsageLogEntry> entries) {
        for (UsageLogEntry e : entries) {
            rows.add(new UsageLogEntry(sequence.incrementAndGet(), e.createdAt(), e.ipAddress(), e.userId(),
                    e.userEmail(), e.modelId(), e.channelId(), e.channelName(), e.promptTokens(),
                    e.completionTokens(), e.status(), e.latencyMs(), e.apiKeyId(), e.apiKeyName(), e.cachedTokens(),
                    e.reasoningTokens(), e.endpoint()));
        }
    }

    @Override
    public synchronized UsageLogPage find(UsageLogFilter filter, PageRequest page) {
        List<UsageLogEntry> all = matching(filter);
        List<UsageLogEntry> items = all.stream().skip(page.offset()).limit(page.size()).toList();
        return new UsageLogPage(items, all.size(), page.page(), page.size());
    }

    @Override
    public synchronized Stream<UsageLogEntry> stream(UsageLogFilter filter) {
        return matching(filter).stream();
    }

    @Override
    public synchronized int deleteOlderThan(Instant cutoff, int batchSize) {
        List<UsageLogEntry> old = rows.stream().filter(e -> e.createdAt().isBefore(cutoff)).limit(batchSize).toList();
        rows.removeAll(old);
        return old.size();
    }

    @Override
    public synchronized List<DailyUsage> daily(DayRange range) {
        Map<LocalDate, List<UsageLogEntry>> byDay = inRange(range).collect(Collectors.groupingBy(this::day,
                TreeMap::new, Collectors.toList()));
        return byDay.entrySet().stream().map(d -> new DailyUsage(d.getKey(), d.getValue().size(),
                d.getValue().stream().mapToLong(UsageLogEntry::promptTokens).sum(),
                d.getValue().stream().mapToLong(UsageLogEntry::completionTokens).sum())).toList();
    }

    @Override
    public synchronized List<ModelShare> modelShare(DayRange range) {
        return inRange(range).collect(Collectors.groupingBy(UsageLogEntry::modelId, Collectors.counting()))
                .entrySet().stream().map(e -> new ModelShare(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(ModelShare::calls).reversed().thenComparing(ModelShare::model))
                .toList();
    }

    @Override
    public synchronized long activeUsers(DayRange range) {
        return inRange(range).map(UsageLogEntry::userId).filter(Objects::nonNull).distinct().count();
    }

    @Override
    public synchronized long activeGuests(DayRange range) {
        return inRange(range).filter(e -> e.userId() == null).map(UsageLogEntry::ipAddress).distinct().count();
    }

    @Override
    public synchronized void forgetDaysBefore(LocalDate firstKeptDay) {
        forgottenBefore = firstKeptDay.isAfter(forgottenBefore) ? firstKeptDay : forgottenBefore;
    }

    public synchronized List<UsageLogEntry> all() {
        return List.copyOf(rows);
    }

    private List<UsageLogEntry> matching(UsageLogFilter filter) {
        return rows.stream().filter(filter::matches).sorted(NEWEST_FIRST).toList();
    }

    private Stream<UsageLogEntry> inRange(DayRange range) {
        return rows.stream().filter(e -> range.contains(day(e)) && !day(e).isBefore(forgottenBefore));
    }

    private LocalDate day(UsageLogEntry e) {
        return LocalDate.ofInstant(e.createdAt(), zone);
    }
}
