package dev.switchboard.adapter.web.security;

import dev.switchboard.application.port.in.auth.Principal;
import dev.switchboard.application.port.in.chat.KeyGrant;
import dev.switchboard.domain.user.Role;
import io.micronaut.security.authentication.Authentication;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The claims Switchboard puts in its tokens, and reading them back: {@code uid} (account id), {@code tv}
 * (the account's token version), {@code jti} (this token's id, for logout). A call made with an API key
 * carries its {@link KeyGrant} instead (never serialised: keys are not tokens).
 */
public final class Claims {

    static final String USER_ID = "uid";
    static final String TOKEN_VERSION = "tv";
    static final String TOKEN_ID = "jti";
    static final String EXPIRY = "exp";
    static final String KEY_GRANT = "switchboard.key";

    private Claims() {
    }

    static Authentication of(Principal principal) {
        return Authentication.build(principal.name(), List.of(principal.role().name()),
                Map.of(USER_ID, principal.id(), TOKEN_VERSION, principal.tokenVersion(),
                        TOKEN_ID, UUID.randomUUID().toString()));
    }

    static Authentication of(KeyGrant grant, String ownerEmail) {
        return Authentication.build(ownerEmail, List.of(Role.USER.name()),
                Map.of(USER_ID, grant.owner().value(), KEY_GRANT, grant));
    }

    public static Optional<Role> role(Authentication authentication) {
        if (authentication.getRoles().contains(Role.ADMIN.name())) {
            return Optional.of(Role.ADMIN);
        }
        return authentication.getRoles().contains(Role.USER.name()) ? Optional.of(Role.USER) : Optional.empty();
    }

    public static long id(Authentication authentication) {
        Object value = authentication.getAttributes().get(USER_ID);
        return value instanceof Number number ? number.longValue() : -1L;
    }

    /** The key a call came with, or empty for a browser token. */
    public static Optional<KeyGrant> key(Authentication authentication) {
        return authentication.getAttributes().get(KEY_GRANT) instanceof KeyGrant grant ? Optional.of(grant) : Optional.empty();
    }

    static Integer tokenVersion(Authentication authentication) {
        Object value = authentication.getAttributes().get(TOKEN_VERSION);
        return value instanceof Number number ? number.intValue() : null;
    }

    public static String tokenId(Authentication authentication) {
        Object value = authentication.getAttributes().get(TOKEN_ID);
        return value == null ? null : value.toString();
    }

    /** The token's expiry; the JWT library hands it over as a Date or as epoch seconds. */
    public static Optional<Instant> expiry(Authentication authentication) {
        Object value = authentication.getAttributes().get(EXPIRY);
        if (value instanceof Date date) {
            return Optional.of(date.toInstant());
        }
        if (value instanceof Number seconds) {
            return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
        }
        if (value instanceof Instant instant) {
            return Optional.of(instant);
        }
        return Optional.empty();
    }
}
