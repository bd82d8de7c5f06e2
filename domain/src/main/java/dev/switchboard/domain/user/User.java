package dev.switchboard.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * A registered end user; {@code id} is null until the user is stored. {@code tokenVersion} is carried by
 * every token issued to the user: raising it ends all of them. {@code groupId} is an opaque number for now.
 */
public record User(UserId id, EmailAddress email, String passwordHash, Instant createdAt, boolean enabled,
                   int tokenVersion, Instant lastSeenAt, Long groupId) {

    public User {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public User(UserId id, EmailAddress email, String passwordHash, Instant createdAt) {
        this(id, email, passwordHash, createdAt, true, 0, null, null);
    }

    public static User register(EmailAddress email, String passwordHash, Instant now) {
        return new User(null, email, passwordHash, now);
    }

    /** A new password ends every session of the account. */
    public User passwordChangedTo(String newHash) {
        return new User(id, email, newHash, createdAt, enabled, tokenVersion + 1, lastSeenAt, groupId);
    }

    /** Disabling ends every session; enabling again does not bring old tokens back. */
    public User enabledSetTo(boolean nowEnabled) {
        int version = enabled && !nowEnabled ? tokenVersion + 1 : tokenVersion;
        return new User(id, email, passwordHash, createdAt, nowEnabled, version, lastSeenAt, groupId);
    }

    public User groupSetTo(Long newGroupId) {
        return new User(id, email, passwordHash, createdAt, enabled, tokenVersion, lastSeenAt, newGroupId);
    }

    public User sessionsEnded() {
        return new User(id, email, passwordHash, createdAt, enabled, tokenVersion + 1, lastSeenAt, groupId);
    }

    @Override
    public String toString() {
        return "User[id=" + id + ", email=" + email + "]";
    }
}
