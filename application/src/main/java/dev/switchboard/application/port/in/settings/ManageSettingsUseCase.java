package dev.switchboard.application.port.in.settings;

import dev.switchboard.domain.settings.SystemSettings;

/** Use case: read and change the run-time settings (limits, retention). */
public interface ManageSettingsUseCase {

    SystemSettings current();

    SystemSettings update(SystemSettings settings);

    /** Writes the defaults on first start; keeps what an admin stored afterwards. */
    void ensureInitialised();
}
