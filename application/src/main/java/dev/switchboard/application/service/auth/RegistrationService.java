package dev.switchboard.application.service.auth;

import dev.switchboard.application.error.ConflictException;
import dev.switchboard.application.error.ForbiddenException;
import dev.switchboard.application.error.RateLimitExceededException;
import dev.switchboard.application.port.in.auth.Principal;
import dev.switchboard.application.port.in.auth.RegisterUserUseCase;
import dev.switchboard.application.port.in.settings.ManageSettingsUseCase;
import dev.switchboard.application.port.out.ratelimit.SignInAttemptLimiter;
import dev.switchboard.application.port.out.security.PasswordHasher;
import dev.switchboard.application.port.out.user.UserRepository;
import dev.switchboard.domain.ratelimit.RateDecision;
import dev.switchboard.domain.settings.SystemSettings;
import dev.switchboard.domain.user.EmailAddress;
import dev.switchboard.domain.user.PasswordPolicy;
import dev.switchboard.domain.user.Role;
import dev.switchboard.domain.user.User;
import java.time.Clock;

/**
 * Signs up end users: normalised e-mail, policy-checked password, bcrypt hash. Public sign-up obeys the
 * registration mode and a per-IP budget ({@code hourly}: a limiter over a one-hour window) that only
 * successful sign-ups use up.
 */
public class RegistrationService implements RegisterUserUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AccountStates accounts;
    private final ManageSettingsUseCase settings;
    private final SignInAttemptLimiter hourly;

    public RegistrationService(UserRepository users, PasswordHasher hasher, Clock clock, AccountStates accounts,
                               ManageSettingsUseCase settings, SignInAttemptLimiter hourly) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
        this.accounts = accounts;
        this.settings = settings;
        this.hourly = hourly;
    }

    @Override
    public Principal signUp(String clientIp, String email, String password) {
        SystemSettings current = settings.current();
        if (!current.registrationOpen()) {
            throw new ForbiddenException("registration is closed: ask an administrator for an account");
        }
        String key = "register-ip:" + clientIp;
        RateDecision room = hourly.tryAcquire(key, current.registrationsPerIpHour());
        if (!room.allowed()) {
            long millis = room.retryAfter().toMillis();
            throw new RateLimitExceededException((int) Math.max(1, (millis + 999) / 1000));
        }
        try {
            return register(email, password);
        } catch (RuntimeException e) {
            hourly.release(key); // only accounts actually made count against the address
            throw e;
        }
    }

    @Override
    public Principal register(String email, String password) {
        EmailAddress address = new EmailAddress(email);
        PasswordPolicy.check(password);
        if (users.findByEmail(address).isPresent()) {
            throw new ConflictException("this email is already registered");
        }
        User saved = users.add(User.register(address, hasher.hash(password), clock.instant()));
        accounts.userChanged(saved);
        return new Principal(saved.id().value(), saved.email().value(), Role.USER, saved.createdAt(),
                saved.tokenVersion());
    }
}
