package dev.switchboard.application.port.out.settings;

import dev.switchboard.domain.settings.QuotaSettings;
import java.util.Optional;

/** Outgoing port: the stored cost and quota settings. {@link #load} is non-blocking: answers from memory. */
public interface QuotaSettingsRepository {

    Optional<QuotaSettings> load();

    void store(QuotaSettings settings);

    /** Drops any cached copy, so the next read sees what another instance stored (may block). */
    default void reload() {
    }
}
