package dev.switchboard.application.port.in.auth;

import dev.switchboard.domain.user.Role;
import java.time.Instant;
import java.util.Objects;

/** Who is signed in: a user (name = e-mail) or an admin (name = username). */
public record Principal(long id, String name, Role role, Instant createdAt) {
    public Principal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
