package dev.switchboard.application.service.settings;

import dev.switchboard.application.port.in.settings.ManageQuotaSettingsUseCase;
import dev.switchboard.application.port.out.change.ChangeFeed;
import dev.switchboard.application.port.out.change.ChangeKind;
import dev.switchboard.application.port.out.settings.QuotaSettingsRepository;
import dev.switchboard.domain.settings.QuotaSettings;

/** Cost and quota settings; USD and no quotas until an admin stores others. */
public class QuotaSettingsService implements ManageQuotaSettingsUseCase {

    private final QuotaSettingsRepository settings;
    private final ChangeFeed changes;

    public QuotaSettingsService(QuotaSettingsRepository settings, ChangeFeed changes) {
        this.settings = settings;
        this.changes = changes;
    }

    @Override
    public QuotaSettings current() {
        return settings.load().orElse(QuotaSettings.DEFAULTS);
    }

    @Override
    public QuotaSettings update(QuotaSettings updated) {
        settings.store(updated);
        changes.publish(ChangeKind.SETTINGS);
        return updated;
    }
}
