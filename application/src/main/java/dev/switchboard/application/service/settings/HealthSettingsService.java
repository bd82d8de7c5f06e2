package dev.switchboard.application.service.settings;

import dev.switchboard.application.port.in.settings.ManageHealthSettingsUseCase;
import dev.switchboard.application.port.out.change.ChangeFeed;
import dev.switchboard.application.port.out.change.ChangeKind;
import dev.switchboard.application.port.out.settings.HealthSettingsRepository;
import dev.switchboard.domain.settings.HealthSettings;

/** Channel-health settings; the defaults of SPEC §13 until an admin stores others. */
public class HealthSettingsService implements ManageHealthSettingsUseCase {

    private final HealthSettingsRepository settings;
    private final ChangeFeed changes;

    public HealthSettingsService(HealthSettingsRepository settings, ChangeFeed changes) {
        this.settings = settings;
        this.changes = changes;
    }

    @Override
    public HealthSettings current() {
        return settings.load().orElse(HealthSettings.DEFAULTS);
    }

    @Override
    public HealthSettings update(HealthSettings updated) {
        settings.store(updated);
        changes.publish(ChangeKind.SETTINGS);
        return updated;
    }
}
