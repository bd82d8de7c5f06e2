package dev.switchboard.application.service.quota;

import dev.switchboard.application.policy.quota.QuotaPolicy;
import dev.switchboard.application.port.out.quota.PeriodUsageRepository;
import dev.switchboard.application.port.out.quota.PeriodUsageRepository.Snapshot;
import dev.switchboard.domain.usage.UsageLogEntry;
import dev.switchboard.domain.usage.UsageTotals;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * This month's usage per user and per group, and today's per guest IP, held in memory so a quota check costs no
 * query. A subject's usage = the last {@link #refresh} from the rollups (every instance's written rows) + rows this
 * instance wrote since that refresh began + rows it recorded that are not written yet. Rows written while a
 * refresh runs may count twice until the next one: the error is on the refusing side, never the other. A new
 * month (or day, for guests) starts from zero without waiting for a refresh.
 */
public class PeriodUsage {

    private final PeriodUsageRepository repository;
    private final Clock clock;
    private LocalDate today;
    private Snapshot base = Snapshot.EMPTY;
    private Map<String, UsageTotals> written = new HashMap<>();
    private Map<String, UsageTotals> writtenSinceRefreshBegan;
    private final Map<String, UsageTotals> pending = new HashMap<>();

    public PeriodUsage(PeriodUsageRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
        this.today = LocalDate.now(clock);
    }

    /** Blocking: reads this period's sums from the rollups (at start-up, then every few seconds). */
    public void refresh() {
        LocalDate day = LocalDate.now(clock);
        synchronized (this) {
            writtenSinceRefreshBegan = new HashMap<>();
        }
        Snapshot fresh = repository.since(QuotaPolicy.monthStart(day), day);
        synchronized (this) {
            rollOver();
            if (day.equals(today)) {
                base = fresh;
                written = writtenSinceRefreshBegan;
            }
            writtenSinceRefreshBegan = null;
        }
    }

    /** A row was handed to the usage log (not written yet): it counts at once. Non-blocking. */
    public synchronized void recorded(UsageLogEntry row) {
        rollOver();
        add(pending, row, 1);
    }

    /** Rows are in the database now: they move from pending to written. Non-blocking. */
    public synchronized void written(List<UsageLogEntry> rows) {
        rollOver();
        for (UsageLogEntry row : rows) {
            add(pending, row, -1);
            add(written, row, 1);
            if (writtenSinceRefreshBegan != null) {
                add(writtenSinceRefreshBegan, row, 1);
            }
        }
    }

    /** This month's usage of a user, whatever their group. Non-blocking. */
    public synchronized UsageTotals user(long userId) {
        rollOver();
        return sum(base.users().get(userId), "u:" + userId);
    }

    /** This month's usage of a group's members while they were in it. Non-blocking. */
    public synchronized UsageTotals group(long groupId) {
        rollOver();
        return sum(base.groups().get(groupId), "g:" + groupId);
    }

    /** Today's usage of a guest IP. Non-blocking. */
    public synchronized UsageTotals guest(String ip) {
        rollOver();
        return sum(base.guests().get(ip), "ip:" + ip);
    }

    private UsageTotals sum(UsageTotals stored, String key) {
        UsageTotals total = stored == null ? UsageTotals.NONE : stored;
        return total.plus(written.getOrDefault(key, UsageTotals.NONE)).plus(pending.getOrDefault(key, UsageTotals.NONE));
    }

    /** On a new day the guests start again, on a new month everyone: what was counted before no longer applies. */
    private void rollOver() {
        LocalDate now = LocalDate.now(clock);
        if (now.equals(today)) {
            return;
        }
        boolean newMonth = !QuotaPolicy.monthStart(now).equals(QuotaPolicy.monthStart(today));
        today = now;
        if (newMonth) {
            base = Snapshot.EMPTY;
            written.clear();
            pending.clear();
        } else {
            base = new Snapshot(base.users(), base.groups(), Map.of());
            written.keySet().removeIf(k -> k.startsWith("ip:"));
            pending.keySet().removeIf(k -> k.startsWith("ip:"));
        }
    }

    /** Adds (or takes away) a row under its subjects, when it belongs to the current period. */
    private void add(Map<String, UsageTotals> into, UsageLogEntry row, int sign) {
        LocalDate day = LocalDate.ofInstant(row.createdAt(), clock.getZone());
        UsageTotals amount = sign > 0 ? UsageTotals.of(row) : UsageTotals.NONE.minus(UsageTotals.of(row));
        BiFunction<UsageTotals, UsageTotals, UsageTotals> op = UsageTotals::plus;
        if (row.userId() == null) {
            if (day.equals(today)) {
                into.merge("ip:" + row.ipAddress(), amount, op);
            }
            return;
        }
        if (!QuotaPolicy.monthStart(day).equals(QuotaPolicy.monthStart(today))) {
            return;
        }
        into.merge("u:" + row.userId().value(), amount, op);
        if (row.groupId() != null) {
            into.merge("g:" + row.groupId(), amount, op);
        }
    }
}
