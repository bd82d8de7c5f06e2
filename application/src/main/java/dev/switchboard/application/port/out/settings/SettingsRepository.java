package dev.switchboard.application.port.out.settings;

import dev.switchboard.domain.settings.SystemSettings;
import java.util.Optional;

/** The one stored row of system settings; empty before the first start wrote it. */
public interface SettingsRepository {

    Optional<SystemSettings> load();

    void store(SystemSettings settings);

    /** Drops any cached copy, so the next read sees what another instance stored (may block). */
    default void reload() {
    }
}
