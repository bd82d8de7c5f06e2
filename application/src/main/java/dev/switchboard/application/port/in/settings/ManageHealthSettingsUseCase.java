package dev.switchboard.application.port.in.settings;

import dev.switchboard.domain.settings.HealthSettings;

/** Use case: read and change the channel-health settings (auto-disable, probe interval). */
public interface ManageHealthSettingsUseCase {

    /** Non-blocking: answers from memory. */
    HealthSettings current();

    HealthSettings update(HealthSettings settings);
}
