package dev.switchboard.application.service.auth;

import dev.switchboard.application.error.ConflictException;
import dev.switchboard.application.port.in.auth.Principal;
import dev.switchboard.application.port.in.auth.RegisterUserUseCase;
import dev.switchboard.application.port.out.security.PasswordHasher;
import dev.switchboard.application.port.out.user.UserRepository;
import dev.switchboard.domain.user.EmailAddress;
import dev.switchboard.domain.user.PasswordPolicy;
import dev.switchboard.domain.user.Role;
import dev.switchboard.domain.user.User;
import java.time.Clock;

/** Signs up end users: normalised e-mail, policy-checked password, bcrypt hash. */
public class RegistrationService implements RegisterUserUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;

    public RegistrationService(UserRepository users, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public Principal register(String email, String password) {
        EmailAddress address = new EmailAddress(email);
        PasswordPolicy.check(password);
        if (users.findByEmail(address).isPresent()) {
            throw new ConflictException("this email is already registered");
        }
        User saved = users.add(User.register(address, hasher.hash(password), clock.instant()));
        return new Principal(saved.id().value(), saved.email().value(), Role.USER, saved.createdAt());
    }
}
