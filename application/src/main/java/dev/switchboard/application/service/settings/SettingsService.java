package dev.switchboard.application.service.settings;

import dev.switchboard.application.port.in.settings.ManageSettingsUseCase;
import dev.switchboard.application.port.out.settings.SettingsRepository;
import dev.switchboard.domain.settings.SystemSettings;

/** Run-time settings; falls back to the start-up defaults until the first row is written. */
public class SettingsService implements ManageSettingsUseCase {

    private final SettingsRepository settings;
    private final SystemSettings defaults;

    public SettingsService(SettingsRepository settings, SystemSettings defaults) {
        this.settings = settings;
        this.defaults = defaults;
    }

    @Override
    public SystemSettings current() {
        return settings.load().orElse(defaults);
    }

    @Override
    public SystemSettings update(SystemSettings updated) {
        settings.store(updated);
        return updated;
    }

    @Override
    public void ensureInitialised() {
        if (settings.load().isEmpty()) {
            settings.store(defaults);
        }
    }
}
