package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.user.AdminRepository;
import dev.switchboard.domain.user.Admin;
import dev.switchboard.domain.user.AdminId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** In-memory fake of {@link AdminRepository}. */
public class InMemoryAdminRepository implements AdminRepository {

    private final Map<Long, Admin> rows = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public Admin save(Admin admin) {
        AdminId id = admin.id() != null ? admin.id() : new AdminId(sequence.incrementAndGet());
        Admin saved = new Admin(id, admin.username(), admin.passwordHash(), admin.createdAt(), admin.tokenVersion());
        rows.put(id.value(), saved);
        return saved;
    }

    @Override
    public Optional<Admin> findByUsername(String username) {
        return rows.values().stream().filter(a -> a.username().equals(username)).findFirst();
    }

    @Override
    public Optional<Admin> findById(AdminId id) {
        return Optional.ofNullable(rows.get(id.value()));
    }

    @Override
    public java.util.List<Admin> findAll() {
        return java.util.List.copyOf(rows.values());
    }
}
