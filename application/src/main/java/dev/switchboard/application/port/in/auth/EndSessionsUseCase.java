package dev.switchboard.application.port.in.auth;

import dev.switchboard.domain.user.Role;
import java.time.Instant;

/** Use case: sign out this token, or every token of the account ("log out everywhere"). */
public interface EndSessionsUseCase {

    /** Refuses the token with id {@code tokenId} until it would have expired anyway. */
    void logout(String tokenId, Instant expiresAt);

    void logoutEverywhere(Role role, long accountId);
}
