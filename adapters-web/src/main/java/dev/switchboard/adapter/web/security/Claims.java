package dev.switchboard.adapter.web.security;

import dev.switchboard.application.port.in.auth.Principal;
import dev.switchboard.domain.user.Role;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The claims Switchboard puts in its tokens, and reading them back. */
public final class Claims {

    static final String USER_ID = "uid";

    private Claims() {
    }

    static Authentication of(Principal principal) {
        return Authentication.build(principal.name(), List.of(principal.role().name()),
                Map.of(USER_ID, principal.id()));
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
}
