package dev.switchboard.application.fake;

import dev.switchboard.application.error.ConflictException;
import dev.switchboard.application.port.out.user.UserRepository;
import dev.switchboard.domain.user.EmailAddress;
import dev.switchboard.domain.user.User;
import dev.switchboard.domain.user.UserId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** In-memory fake of {@link UserRepository} for service tests and the persistence contract. */
public class InMemoryUserRepository implements UserRepository {

    private final Map<Long, User> rows = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public synchronized User add(User user) {
        if (findByEmail(user.email()).isPresent()) {
            throw new ConflictException("this email is already registered");
        }
        User saved = new User(new UserId(sequence.incrementAndGet()), user.email(), user.passwordHash(), user.createdAt());
        rows.put(saved.id().value(), saved);
        return saved;
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return rows.values().stream().filter(u -> u.email().equals(email)).findFirst();
    }

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(rows.get(id.value()));
    }
}
