package dev.switchboard.application.port.out.user;

import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.user.EmailAddress;
import dev.switchboard.domain.user.User;
import dev.switchboard.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored end users. {@link #add} fails with a ConflictException for a taken e-mail. Blocking. */
public interface UserRepository {

    User add(User user);

    Optional<User> findByEmail(EmailAddress email);

    Optional<User> findById(UserId id);

    /** Stores enabled, password, token version and group of an existing user. */
    User update(User user);

    void delete(UserId id);

    /** Every user, for the in-memory account states. */
    List<User> findAll();

    /** Users whose e-mail contains {@code query} (any case; null = all), by id. */
    UserPage search(String query, PageRequest page);

    /** Records activity; only moves {@code last_seen_at} forward. */
    void touch(UserId id, Instant seenAt);
}
