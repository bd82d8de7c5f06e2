package dev.switchboard.application.service.quota;

import dev.switchboard.application.error.ForbiddenException;
import dev.switchboard.application.error.QuotaExceededException;
import dev.switchboard.application.policy.quota.Allowance;
import dev.switchboard.application.policy.quota.QuotaPolicy;
import dev.switchboard.application.port.in.chat.Requester;
import dev.switchboard.application.port.in.quota.MyUsage;
import dev.switchboard.application.port.in.quota.ViewMyUsageQuery;
import dev.switchboard.application.port.in.settings.ManageQuotaSettingsUseCase;
import dev.switchboard.application.service.auth.AccountStates;
import dev.switchboard.application.service.group.GroupService;
import dev.switchboard.domain.group.Group;
import dev.switchboard.domain.settings.QuotaSettings;
import dev.switchboard.domain.usage.UsageTotals;
import dev.switchboard.domain.user.Role;
import dev.switchboard.domain.user.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The relay's group and quota gate (SPEC §14), all from memory: a requester's group (a key acts as its owner), the
 * group's model list and RPM, and whether any quota that applies is used up ({@link QuotaPolicy} decides).
 */
public class QuotaService implements ViewMyUsageQuery {

    private final GroupService groups;
    private final AccountStates accounts;
    private final ManageQuotaSettingsUseCase settings;
    private final PeriodUsage usage;
    private final Clock clock;

    public QuotaService(GroupService groups, AccountStates accounts, ManageQuotaSettingsUseCase settings,
                        PeriodUsage usage, Clock clock) {
        this.groups = groups;
        this.accounts = accounts;
        this.settings = settings;
        this.usage = usage;
        this.clock = clock;
    }

    /** The signed-in requester's group, or null (no group, or a guest). */
    public Group groupOf(Requester requester) {
        return requester.signedIn() ? groupOf(requester.userId()) : null;
    }

    /** Refuses a model outside the group's list (403) and a used-up quota (429 until the period resets). */
    public void admit(Requester requester, Group group, String model) {
        if (group != null && !group.allows(model)) {
            throw new ForbiddenException("your group may not use model '" + model + "'");
        }
        QuotaSettings current = settings.current();
        // Most requests meet no quota at all: then nothing is looked up (this runs for every relayed request).
        if (!requester.signedIn()) {
            if (QuotaPolicy.limitsGuests(current)
                    && QuotaPolicy.guest(current, usage.guest(requester.ip())).reached()) {
                throw new QuotaExceededException(QuotaPolicy.nextDay(LocalDate.now(clock), clock.getZone()));
            }
            return;
        }
        if (!QuotaPolicy.limitsMembers(group, current)) {
            return;
        }
        List<Allowance> allowances = new ArrayList<>(2);
        allowances.add(QuotaPolicy.member(group, current, usage.user(requester.userId().value())));
        if (group != null) {
            allowances.add(QuotaPolicy.group(group, usage.group(group.id().value())));
        }
        if (!QuotaPolicy.admits(allowances)) {
            throw new QuotaExceededException(QuotaPolicy.nextMonth(LocalDate.now(clock), clock.getZone()));
        }
    }

    @Override
    public MyUsage usage(UserId user) {
        LocalDate today = LocalDate.now(clock);
        UsageTotals used = usage.user(user.value());
        Allowance own = QuotaPolicy.member(groupOf(user), settings.current(), used);
        return new MyUsage(QuotaPolicy.monthStart(today).atStartOfDay(clock.getZone()).toInstant(),
                QuotaPolicy.nextMonth(today, clock.getZone()), used.calls(), used.tokens(), used.costNanos(),
                own.tokenQuota(), own.costQuotaNanos(), own.remainingTokens(), own.remainingCostNanos());
    }

    private Group groupOf(UserId user) {
        return accounts.find(Role.USER, user.value())
                .flatMap(state -> groups.find(state.groupId()))
                .orElse(null);
    }
}
