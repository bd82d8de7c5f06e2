package dev.switchboard.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.application.port.out.settings.SettingsRepository;
import dev.switchboard.domain.settings.SystemSettings;
import org.junit.jupiter.api.Test;

/** What every {@link SettingsRepository} must do. */
public abstract class SettingsRepositoryContract {

    protected abstract SettingsRepository repository();

    @Test
    void storesAndOverwritesTheSettings() {
        repository().store(new SystemSettings(3, 30, 300));
        assertEquals(new SystemSettings(3, 30, 300), repository().load().orElseThrow());
        repository().store(new SystemSettings(4, 40, 400));
        assertEquals(new SystemSettings(4, 40, 400), repository().load().orElseThrow());
    }
}
