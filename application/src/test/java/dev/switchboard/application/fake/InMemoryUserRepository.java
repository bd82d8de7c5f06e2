package dev.switchboard.application.fake;

import dev.switchboard.application.error.ConflictException;
import dev.switchboard.application.port.out.user.UserPage;
import dev.switchboard.application.port.out.user.UserRepository;
import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.user.EmailAddress;
import dev.switchboard.domain.user.User;
import dev.switchboard.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
        User saved = new User(new UserId(sequence.incrementAndGet()), user.email(), user.passwordHash(),
                user.createdAt(), user.enabled(), user.tokenVersion(), user.lastSeenAt(), user.groupId());
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

    @Override
    public User update(User user) {
        rows.put(user.id().value(), user);
        return user;
    }

    @Override
    public void delete(UserId id) {
        rows.remove(id.value());
    }

    @Override
    public List<User> findAll() {
        return rows.values().stream().sorted(Comparator.comparing(u -> u.id().value())).toList();
    }

    @Override
    public UserPage search(String query, PageRequest page) {
        List<User> matching = findAll().stream()
                .filter(u -> query == null || u.email().value().contains(query.toLowerCase(Locale.ROOT)))
                .toList();
        List<User> items = matching.stream().skip(page.offset()).limit(page.size()).toList();
        return new UserPage(items, matching.size(), page.page(), page.size());
    }

    @Override
    public void touch(UserId id, Instant seenAt) {
        rows.computeIfPresent(id.value(), (k, u) -> u.lastSeenAt() != null && !seenAt.isAfter(u.lastSeenAt()) ? u
                : new User(u.id(), u.email(), u.passwordHash(), u.createdAt(), u.enabled(), u.tokenVersion(), seenAt,
                u.groupId()));
    }
}
