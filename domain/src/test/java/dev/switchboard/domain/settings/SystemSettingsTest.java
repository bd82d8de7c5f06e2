package dev.switchboard.domain.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class SystemSettingsTest {

    @Test
    void acceptsTheDocumentedDefaults() {
        assertEquals(10, new SystemSettings(10, 60, 90).guestRpm());
    }

    @Test
    void namesTheFieldThatIsOutOfRange() {
        assertEquals("guest_rpm", assertThrows(InvalidInputException.class, () -> new SystemSettings(0, 60, 90)).field());
        assertEquals("user_rpm", assertThrows(InvalidInputException.class, () -> new SystemSettings(1, 100_001, 90)).field());
        assertEquals("log_retention_days",
                assertThrows(InvalidInputException.class, () -> new SystemSettings(1, 1, 3651)).field());
    }
}
