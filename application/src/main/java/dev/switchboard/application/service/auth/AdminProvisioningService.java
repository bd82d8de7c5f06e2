package dev.switchboard.application.service.auth;

import dev.switchboard.application.port.in.auth.ProvisionAdminUseCase;
import dev.switchboard.application.port.out.security.PasswordHasher;
import dev.switchboard.application.port.out.user.AdminRepository;
import dev.switchboard.domain.user.Admin;
import dev.switchboard.domain.user.PasswordPolicy;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/** Creates the initial admin on first start and keeps its password in step with the configuration. */
public class AdminProvisioningService implements ProvisionAdminUseCase {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;

    private final AdminRepository admins;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private final AccountStates accounts;

    public AdminProvisioningService(AdminRepository admins, PasswordHasher hasher, Clock clock, AccountStates accounts) {
        this.admins = admins;
        this.hasher = hasher;
        this.clock = clock;
        this.accounts = accounts;
    }

    @Override
    public Optional<String> ensureInitialAdmin(String username, Optional<String> configuredPassword) {
        Optional<Admin> existing = admins.findByUsername(username.strip());
        configuredPassword.ifPresent(PasswordPolicy::check);
        if (existing.isPresent()) {
            Admin admin = existing.get();
            configuredPassword
                    .filter(pw -> !hasher.matches(pw, admin.passwordHash()))
                    // a new ADMIN_PASSWORD ends every token issued under the old one
                    .ifPresent(pw -> accounts.adminChanged(admins.save(admin.passwordChangedTo(hasher.hash(pw)))));
            return Optional.empty();
        }
        String password = configuredPassword.orElseGet(this::generatePassword);
        accounts.adminChanged(admins.save(new Admin(null, username, hasher.hash(password), clock.instant())));
        return configuredPassword.isPresent() ? Optional.empty() : Optional.of(password);
    }

    private String generatePassword() {
        StringBuilder sb = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
