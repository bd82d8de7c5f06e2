package dev.switchboard.application.port.out.settings;

import dev.switchboard.domain.settings.HealthSettings;
import java.util.Optional;

/** Outgoing port: the stored channel-health settings. {@link #load} is non-blocking: answers from memory. */
public interface HealthSettingsRepository {

    Optional<HealthSettings> load();

    void store(HealthSettings settings);

    /** Drops any cached copy, so the next read sees what another instance stored (may block). */
    default void reload() {
    }
}
