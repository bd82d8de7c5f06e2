package dev.switchboard.application.service.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.application.fake.InMemorySettingsRepository;
import dev.switchboard.domain.settings.SystemSettings;
import org.junit.jupiter.api.Test;

class SettingsServiceTest {

    private final InMemorySettingsRepository repo = new InMemorySettingsRepository();
    private final SettingsService service = new SettingsService(repo, new SystemSettings(10, 60, 90));

    @Test
    void firstStartStoresTheDefaultsAndLaterStartsKeepTheAdminsChoice() {
        service.ensureInitialised();
        assertEquals(new SystemSettings(10, 60, 90), repo.load().orElseThrow());
        service.update(new SystemSettings(5, 30, 7));
        service.ensureInitialised();
        assertEquals(new SystemSettings(5, 30, 7), service.current());
    }
}
