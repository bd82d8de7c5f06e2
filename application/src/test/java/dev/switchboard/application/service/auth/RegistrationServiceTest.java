package dev.switchboard.application.service.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.error.ConflictException;
import dev.switchboard.application.error.ForbiddenException;
import dev.switchboard.application.error.RateLimitExceededException;
import dev.switchboard.application.fake.InMemoryAdminRepository;
import dev.switchboard.application.fake.InMemoryRateLimiter;
import dev.switchboard.application.fake.InMemorySettingsRepository;
import dev.switchboard.application.fake.InMemoryUserRepository;
import dev.switchboard.application.fake.MutableClock;
import dev.switchboard.application.fake.PlainTextHasher;
import dev.switchboard.application.service.settings.SettingsService;
import dev.switchboard.domain.settings.SystemSettings;
import dev.switchboard.domain.user.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegistrationServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final AccountStates accounts = new AccountStates(users, new InMemoryAdminRepository());
    private final SettingsService settings = new SettingsService(new InMemorySettingsRepository(),
            new SystemSettings(10, 60, 90, SystemSettings.OPEN, 2));
    private final RegistrationService registration = new RegistrationService(users, new PlainTextHasher(), clock,
            accounts, settings, new InMemoryRateLimiter(clock, Duration.ofHours(1)));

    @Test
    void anAddressMaySignUpItsHourlyBudgetAndFailuresDoNotCount() {
        assertThrows(ConflictException.class, () -> {
            registration.signUp("1.1.1.1", "a@example.com", "pass-word-1");
            registration.signUp("1.1.1.1", "a@example.com", "pass-word-1");
        });
        registration.signUp("1.1.1.1", "b@example.com", "pass-word-1");
        RateLimitExceededException refused = assertThrows(RateLimitExceededException.class,
                () -> registration.signUp("1.1.1.1", "c@example.com", "pass-word-1"));
        assertTrue(refused.retryAfterSeconds() > 3500, "about an hour: " + refused.retryAfterSeconds());
        registration.signUp("2.2.2.2", "c@example.com", "pass-word-1");
        clock.advance(Duration.ofMinutes(61));
        registration.signUp("1.1.1.1", "d@example.com", "pass-word-1");
    }

    @Test
    void closedRegistrationRefusesSignUpButNotTheAdminsCreate() {
        settings.update(new SystemSettings(10, 60, 90, SystemSettings.CLOSED, 2));
        assertThrows(ForbiddenException.class, () -> registration.signUp("1.1.1.1", "a@example.com", "pass-word-1"));
        long id = registration.register("a@example.com", "pass-word-1").id();
        assertTrue(accounts.find(Role.USER, id).isPresent(), "a new account is known to the token check at once");
        assertEquals(0, accounts.find(Role.USER, id).orElseThrow().tokenVersion());
    }
}
