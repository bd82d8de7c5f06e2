package dev.switchboard.domain.user;

import dev.switchboard.domain.shared.Require;
import java.time.Instant;
import java.util.Objects;

/**
 * An administrator account of the console; {@code id} is null until stored. {@code tokenVersion} is carried
 * by its tokens: raising it (new password, logout everywhere) ends all of them.
 */
public record Admin(AdminId id, String username, String passwordHash, Instant createdAt, int tokenVersion) {

    public Admin {
        username = Require.text("username", username, 64);
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public Admin(AdminId id, String username, String passwordHash, Instant createdAt) {
        this(id, username, passwordHash, createdAt, 0);
    }

    public Admin passwordChangedTo(String newHash) {
        return new Admin(id, username, newHash, createdAt, tokenVersion + 1);
    }

    public Admin sessionsEnded() {
        return new Admin(id, username, passwordHash, createdAt, tokenVersion + 1);
    }

    @Override
    public String toString() {
        return "Admin[id=" + id + ", username=" + username + "]";
    }
}
