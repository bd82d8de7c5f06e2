package dev.switchboard.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.error.ConflictException;
import dev.switchboard.application.port.out.user.UserRepository;
import dev.switchboard.domain.user.EmailAddress;
import dev.switchboard.domain.user.User;
import dev.switchboard.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** What every {@link UserRepository} must do; run against the fake and each real database. */
public abstract class UserRepositoryContract {

    protected abstract UserRepository repository();

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void addsAUserAndFindsItByEmailAndId() {
        User saved = repository().add(User.register(new EmailAddress("carol+" + NOW.toEpochMilli() + "@example.com"), "hash", NOW));
        assertNotNull(saved.id());
        assertEquals(saved, repository().findByEmail(saved.email()).orElseThrow());
        assertEquals(saved, repository().findById(saved.id()).orElseThrow());
        assertEquals(NOW, saved.createdAt());
    }

    @Test
    void refusesASecondUserWithTheSameEmail() {
        EmailAddress email = new EmailAddress("dup-" + System.nanoTime() + "@example.com");
        repository().add(User.register(email, "hash", NOW));
        assertThrows(ConflictException.class, () -> repository().add(User.register(email, "other", NOW)));
    }

    @Test
    void findsNothingForUnknownUsers() {
        assertTrue(repository().findById(new UserId(987_654_321L)).isEmpty());
        assertTrue(repository().findByEmail(new EmailAddress("nobody@example.com")).isEmpty());
    }
}
