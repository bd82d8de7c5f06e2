package dev.switchboard.application.port.in.auth;

import dev.switchboard.domain.user.Role;
import java.time.Instant;
import java.util.Objects;

/** Who is signed in: a user (name = e-mail) or an admin (name = username), and the account's token version. */
public record Principal(long id, String name, Role role, Instant createdAt, int tokenVersion) {
    public Principal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public Principal(long id, String name, Role role, Instant createdAt) {
        this(id, name, role, createdAt, 0);
    }
}
