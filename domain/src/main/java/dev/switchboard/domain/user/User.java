package dev.switchboard.domain.user;

import java.time.Instant;
import java.util.Objects;

/** A registered end user; {@code id} is null until the user is stored. */
public record User(UserId id, EmailAddress email, String passwordHash, Instant createdAt) {

    public User {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static User register(EmailAddress email, String passwordHash, Instant now) {
        return new User(null, email, passwordHash, now);
    }

    @Override
    public String toString() {
        return "User[id=" + id + ", email=" + email + "]";
    }
}
