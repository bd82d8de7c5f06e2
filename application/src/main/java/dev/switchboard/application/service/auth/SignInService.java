package dev.switchboard.application.service.auth;

import dev.switchboard.application.error.AccountDisabledException;
import dev.switchboard.application.error.AuthenticationFailedException;
import dev.switchboard.application.port.in.auth.Principal;
import dev.switchboard.application.port.in.auth.SignInUseCase;
import dev.switchboard.application.port.out.security.PasswordHasher;
import dev.switchboard.application.port.out.user.AdminRepository;
import dev.switchboard.application.port.out.user.UserRepository;
import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.user.Admin;
import dev.switchboard.domain.user.EmailAddress;
import dev.switchboard.domain.user.Role;
import dev.switchboard.domain.user.User;
import java.util.Optional;

/**
 * Checks credentials. Unknown accounts cost a hash check too, so timing does not reveal who exists. A disabled
 * user is told so (AccountDisabledException) only after the right password.
 */
public class SignInService implements SignInUseCase {

    private final UserRepository users;
    private final AdminRepository admins;
    private final PasswordHasher hasher;
    private volatile String decoyHash;

    public SignInService(UserRepository users, AdminRepository admins, PasswordHasher hasher) {
        this.users = users;
        this.admins = admins;
        this.hasher = hasher;
    }

    @Override
    public Principal signInUser(String email, String password) {
        Optional<User> user = parseEmail(email).flatMap(users::findByEmail);
        if (!verify(password, user.map(User::passwordHash))) {
            throw new AuthenticationFailedException();
        }
        User found = user.orElseThrow();
        if (!found.enabled()) {
            throw new AccountDisabledException();
        }
        return new Principal(found.id().value(), found.email().value(), Role.USER, found.createdAt(),
                found.tokenVersion());
    }

    @Override
    public Principal signInAdmin(String username, String password) {
        Optional<Admin> admin = username == null ? Optional.empty() : admins.findByUsername(username.strip());
        if (!verify(password, admin.map(Admin::passwordHash))) {
            throw new AuthenticationFailedException();
        }
        Admin found = admin.orElseThrow();
        return new Principal(found.id().value(), found.username(), Role.ADMIN, found.createdAt(), found.tokenVersion());
    }

    private boolean verify(String password, Optional<String> hash) {
        String raw = password == null ? "" : password;
        boolean matches = hasher.matches(raw, hash.orElseGet(this::decoyHash));
        return hash.isPresent() && matches;
    }

    // Made on first use, not at start-up: a bcrypt hash costs half a second on a small machine.
    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("decoy-password-never-matches");
        }
        return decoyHash;
    }

    private static Optional<EmailAddress> parseEmail(String email) {
        try {
            return Optional.of(new EmailAddress(email));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }
}
