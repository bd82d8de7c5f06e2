package dev.switchboard.application.port.in.auth;

import java.util.Optional;

/**
 * Use case: make sure the initial admin exists at start-up. A configured password is applied
 * (so changing it and restarting updates it); without one a random password is generated once.
 */
public interface ProvisionAdminUseCase {

    /** @return the generated password, present only when one was generated now */
    Optional<String> ensureInitialAdmin(String username, Optional<String> configuredPassword);
}
