package dev.switchboard.application.service.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.fake.InMemoryAdminRepository;
import dev.switchboard.application.fake.MutableClock;
import dev.switchboard.application.fake.PlainTextHasher;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminProvisioningServiceTest {

    private final InMemoryAdminRepository admins = new InMemoryAdminRepository();
    private final PlainTextHasher hasher = new PlainTextHasher();
    private final AdminProvisioningService service =
            new AdminProvisioningService(admins, hasher, new MutableClock(Instant.EPOCH),
                    new AccountStates(new dev.switchboard.application.fake.InMemoryUserRepository(), admins));

    @Test
    void generatesAPasswordOnceWhenNoneIsConfigured() {
        Optional<String> generated = service.ensureInitialAdmin("admin", Optional.empty());
        assertTrue(generated.isPresent());
        assertEquals(20, generated.get().length());
        assertTrue(hasher.matches(generated.get(), admins.findByUsername("admin").orElseThrow().passwordHash()));
        assertTrue(service.ensureInitialAdmin("admin", Optional.empty()).isEmpty(), "second start generates nothing");
        assertTrue(hasher.matches(generated.get(), admins.findByUsername("admin").orElseThrow().passwordHash()));
    }

    @Test
    void aChangedConfiguredPasswordReplacesTheStoredOneOnRestart() {
        service.ensureInitialAdmin("admin", Optional.of("first-password"));
        service.ensureInitialAdmin("admin", Optional.of("second-password"));
        assertTrue(hasher.matches("second-password", admins.findByUsername("admin").orElseThrow().passwordHash()));
    }
}
