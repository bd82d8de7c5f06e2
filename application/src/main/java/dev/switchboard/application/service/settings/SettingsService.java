package dev.switchboard.application.service.settings;

import dev.switchboard.application.port.in.settings.ManageSettingsUseCase;
import dev.switchboard.application.port.out.change.ChangeFeed;
import dev.switchboard.application.port.out.change.ChangeKind;
import dev.switchboard.application.port.out.settings.SettingsRepository;
import dev.switchboard.domain.settings.SystemSettings;

/** Run-time settings; falls back to the start-up defaults until the first row is written. */
public class SettingsService implements ManageSettingsUseCase {

    private final SettingsRepository settings;
    private final SystemSettings defaults;
    private final ChangeFeed changes;

    public SettingsService(SettingsRepository settings, SystemSettings defaults) {
        this(settings, defaults, ChangeFeed.NONE);
    }

    /** @param changes told after every update, so every instance reloads its settings */
    public SettingsService(SettingsRepository settings, SystemSettings defaults, ChangeFeed changes) {
        this.settings = settings;
        this.defaults = defaults;
        this.changes = changes;
    }

    @Override
    public SystemSettings current() {
        return settings.load().orElse(defaults);
    }

    @Override
    public SystemSettings update(SystemSettings updated) {
        settings.store(updated);
        changes.publish(ChangeKind.SETTINGS);
        return updated;
    }

    @Override
    public void ensureInitialised() {
        if (settings.load().isEmpty()) {
            settings.store(defaults);
        }
    }
}
