package dev.switchboard.bootstrap;

import dev.switchboard.application.port.in.settings.ManageQuotaSettingsUseCase;
import dev.switchboard.application.port.out.change.ChangeFeed;
import dev.switchboard.application.port.out.group.GroupRepository;
import dev.switchboard.application.port.out.quota.PeriodUsageRepository;
import dev.switchboard.application.port.out.settings.QuotaSettingsRepository;
import dev.switchboard.application.service.auth.AccountStates;
import dev.switchboard.application.service.group.GroupService;
import dev.switchboard.application.service.quota.PeriodUsage;
import dev.switchboard.application.service.quota.QuotaService;
import dev.switchboard.application.service.settings.QuotaSettingsService;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Wires cost, groups and quotas (SPEC §14). The groups and this period's usage are loaded at start-up
 * ({@code @Context}): the relay checks them from memory on every request.
 */
@Factory
class QuotaFactory {

    @Singleton
    ManageQuotaSettingsUseCase quotaSettings(QuotaSettingsRepository settings, ChangeFeed changes) {
        return new QuotaSettingsService(settings, changes);
    }

    /** Deleting a group takes its members out of it: the account states (which hold each user's group) reload. */
    @Context
    GroupService groups(GroupRepository groups, ChangeFeed changes, AccountStates accounts) {
        GroupService service = new GroupService(groups, changes, accounts::reload);
        service.reload();
        return service;
    }

    @Context
    PeriodUsage periodUsage(PeriodUsageRepository repository, Clock clock) {
        PeriodUsage usage = new PeriodUsage(repository, clock);
        usage.refresh();
        return usage;
    }

    @Singleton
    QuotaService quotas(GroupService groups, AccountStates accounts, ManageQuotaSettingsUseCase settings,
                        PeriodUsage usage, Clock clock) {
        return new QuotaService(groups, accounts, settings, usage, clock);
    }
}
