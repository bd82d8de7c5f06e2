package dev.switchboard.domain.user;

import dev.switchboard.domain.shared.Require;
import java.time.Instant;
import java.util.Objects;

/** An administrator account of the console; {@code id} is null until stored. */
public record Admin(AdminId id, String username, String passwordHash, Instant createdAt) {

    public Admin {
        username = Require.text("username", username, 64);
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    @Override
    public String toString() {
        return "Admin[id=" + id + ", username=" + username + "]";
    }
}
