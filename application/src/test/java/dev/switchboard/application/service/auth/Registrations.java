package dev.switchboard.application.service.auth;

import dev.switchboard.application.fake.InMemoryAdminRepository;
import dev.switchboard.application.fake.InMemoryRateLimiter;
import dev.switchboard.application.fake.InMemorySettingsRepository;
import dev.switchboard.application.port.out.security.PasswordHasher;
import dev.switchboard.application.port.out.user.UserRepository;
import dev.switchboard.application.service.settings.SettingsService;
import dev.switchboard.domain.settings.SystemSettings;
import java.time.Clock;
import java.time.Duration;

/** A registration service with open sign-up and fresh fakes, for tests that only need accounts to exist. */
final class Registrations {

    private Registrations() {
    }

    static RegistrationService open(UserRepository users, PasswordHasher hasher, Clock clock) {
        return new RegistrationService(users, hasher, clock, new AccountStates(users, new InMemoryAdminRepository()),
                new SettingsService(new InMemorySettingsRepository(), new SystemSettings(10, 60, 90)),
                new InMemoryRateLimiter(clock, Duration.ofHours(1)));
    }
}
