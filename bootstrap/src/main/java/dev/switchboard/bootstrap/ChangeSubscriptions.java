package dev.switchboard.bootstrap;

import dev.switchboard.application.port.out.change.ChangeFeed;
import dev.switchboard.application.port.out.change.ChangeKind;
import dev.switchboard.application.port.out.channel.ChannelRepository;
import dev.switchboard.application.port.out.settings.HealthSettingsRepository;
import dev.switchboard.application.port.out.settings.SettingsRepository;
import dev.switchboard.application.port.out.settings.QuotaSettingsRepository;
import dev.switchboard.application.service.auth.AccountStates;
import dev.switchboard.application.service.group.GroupService;
import dev.switchboard.application.service.auth.RevokedTokens;
import dev.switchboard.application.service.channel.ChannelHealthService;
import dev.switchboard.application.service.ipblock.IpBlocklistService;
import dev.switchboard.application.service.key.ApiKeyService;
import io.micronaut.context.annotation.Context;

/**
 * Which cache reloads on which change, registered at start-up (not when a use case is first used, which on an
 * instance that never served an admin request would be never). New caches add one line here.
 */
@Context
class ChangeSubscriptions {

    ChangeSubscriptions(ChangeFeed changes, ChannelRepository channels, SettingsRepository settings,
                        IpBlocklistService blocklist, AccountStates accounts, ApiKeyService keys,
                        RevokedTokens revokedTokens, ChannelHealthService channelHealth,
                        HealthSettingsRepository healthSettings, GroupService groups,
                        QuotaSettingsRepository quotaSettings) {
        changes.onChange(ChangeKind.CHANNELS, channels::reload);
        changes.onChange(ChangeKind.SETTINGS, settings::reload);
        changes.onChange(ChangeKind.BLOCKLIST, blocklist::refresh);
        changes.onChange(ChangeKind.USERS, accounts::reload);
        changes.onChange(ChangeKind.KEYS, keys::reload);
        changes.onChange(ChangeKind.SESSIONS, revokedTokens::reload);
        changes.onChange(ChangeKind.CHANNELS, channelHealth::reload);
        changes.onChange(ChangeKind.SETTINGS, healthSettings::reload);
        changes.onChange(ChangeKind.GROUPS, groups::reload);
        changes.onChange(ChangeKind.SETTINGS, quotaSettings::reload);
    }
}
