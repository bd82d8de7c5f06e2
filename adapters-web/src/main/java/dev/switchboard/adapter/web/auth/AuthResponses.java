package dev.switchboard.adapter.web.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.application.port.in.auth.Principal;
import dev.switchboard.domain.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.OffsetDateTime;
import java.util.Locale;

/** Response bodies of the auth endpoints. */
final class AuthResponses {

    private AuthResponses() {
    }

    @Serdeable
    record Message(String message) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Token(String accessToken, String tokenType, int expiresIn, String role) {
        static Token bearer(String token, int expiresIn, Role role) {
            return new Token(token, "bearer", expiresIn, role.name().toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return "Token[***]";
        }
    }

    /** {@code username} is the e-mail for users (as in log items) and the login name for admins. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Me(long id, String role, String username, @Nullable String email, OffsetDateTime createdAt) {
        static Me of(Principal p, OffsetDateTime createdAt) {
            return new Me(p.id(), p.role().name().toLowerCase(Locale.ROOT), p.name(),
                    p.role() == Role.USER ? p.name() : null, createdAt);
        }
    }
}
