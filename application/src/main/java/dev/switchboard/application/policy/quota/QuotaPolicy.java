package dev.switchboard.application.policy.quota;

import dev.switchboard.domain.group.Group;
import dev.switchboard.domain.settings.QuotaSettings;
import dev.switchboard.domain.usage.UsageTotals;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Which quotas apply to whom, and when a period resets (SPEC §14). A member's own quota is the group's member
 * quota, each of tokens and cost on its own; where the group sets none — or the user has no group — the settings'
 * user monthly token quota applies (there is no default cost quota). A group's total quota applies to all its
 * members together. A guest has the settings' daily token quota per IP. Months and days are the server zone's.
 */
public final class QuotaPolicy {

    private QuotaPolicy() {
    }

    /** The signed-in user's own monthly allowance; {@code group} may be null. */
    public static Allowance member(Group group, QuotaSettings settings, UsageTotals used) {
        Long tokens = group != null && group.memberMonthlyTokenQuota() != null ? group.memberMonthlyTokenQuota()
                : settings.userMonthlyTokenQuota();
        Long cost = group == null ? null : CostPolicy.nanos(group.memberMonthlyCostQuota());
        return new Allowance(used.tokens(), used.costNanos(), tokens, cost);
    }

    /** The whole group's monthly allowance. */
    public static Allowance group(Group group, UsageTotals used) {
        return new Allowance(used.tokens(), used.costNanos(), group.monthlyTokenQuota(),
                CostPolicy.nanos(group.monthlyCostQuota()));
    }

    /** A guest IP's daily allowance. */
    public static Allowance guest(QuotaSettings settings, UsageTotals usedToday) {
        return new Allowance(usedToday.tokens(), usedToday.costNanos(), settings.guestDailyTokenQuota(), null);
    }

    /** Whether guests have a quota at all (when not, their usage need not be looked at). */
    public static boolean limitsGuests(QuotaSettings settings) {
        return settings.guestDailyTokenQuota() != null;
    }

    /** Whether any quota applies to a member of {@code group} (may be null): their own, or the whole group's. */
    public static boolean limitsMembers(Group group, QuotaSettings settings) {
        if (settings.userMonthlyTokenQuota() != null) {
            return true;
        }
        return group != null && (group.memberMonthlyTokenQuota() != null || group.memberMonthlyCostQuota() != null
                || group.monthlyTokenQuota() != null || group.monthlyCostQuota() != null);
    }

    /** Whether a request may go: none of the allowances that apply is used up. */
    public static boolean admits(List<Allowance> allowances) {
        return allowances.stream().noneMatch(Allowance::reached);
    }

    public static LocalDate monthStart(LocalDate today) {
        return today.withDayOfMonth(1);
    }

    /** The first instant of next month in the zone: when a member's and a group's quotas reset. */
    public static Instant nextMonth(LocalDate today, ZoneId zone) {
        return monthStart(today).plusMonths(1).atStartOfDay(zone).toInstant();
    }

    /** The first instant of tomorrow in the zone: when a guest's quota resets. */
    public static Instant nextDay(LocalDate today, ZoneId zone) {
        return today.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
