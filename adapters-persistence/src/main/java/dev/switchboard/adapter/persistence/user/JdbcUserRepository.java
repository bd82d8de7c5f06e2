package dev.switchboard.adapter.persistence.user;

import dev.switchboard.adapter.persistence.support.Constraints;
import dev.switchboard.adapter.persistence.support.PooledConnections;
import dev.switchboard.adapter.persistence.support.SqlValues;
import dev.switchboard.application.error.ConflictException;
import dev.switchboard.application.port.out.user.UserPage;
import dev.switchboard.application.port.out.user.UserRepository;
import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.user.EmailAddress;
import dev.switchboard.domain.user.User;
import dev.switchboard.domain.user.UserId;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link UserRepository} on the {@code users} table; search and touch in plain portable SQL. */
@Singleton
class JdbcUserRepository implements UserRepository {

    private static final String WHERE_EMAIL = " WHERE lower(email) LIKE ? ESCAPE '\\'";

    private final UserRowRepository rows;
    private final AccountMapper mapper;
    private final PooledConnections connections;

    JdbcUserRepository(UserRowRepository rows, AccountMapper mapper, PooledConnections connections) {
        this.rows = rows;
        this.mapper = mapper;
        this.connections = connections;
    }

    @Override
    public User add(User user) {
        try {
            return mapper.toDomain(rows.save(mapper.toRow(user)));
        } catch (RuntimeException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw new ConflictException("this email is already registered");
            }
            throw e;
        }
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return rows.findByEmail(email.value()).map(mapper::toDomain);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public User update(User user) {
        return mapper.toDomain(rows.update(mapper.toRow(user)));
    }

    @Override
    public void delete(UserId id) {
        rows.deleteById(id.value());
    }

    @Override
    public List<User> findAll() {
        return rows.findAllOrderById().stream().map(mapper::toDomain).toList();
    }

    @Override
    public UserPage search(String query, PageRequest page) {
        String where = query == null ? "" : WHERE_EMAIL;
        List<Object> params = query == null ? List.of() : List.of("%" + escapeLike(query.toLowerCase(Locale.ROOT)) + "%");
        return connections.read(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM users" + where)) {
                SqlValues.bindAll(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<User> items = new ArrayList<>();
            String sql = "SELECT id, email, password_hash, created_at, enabled, token_version, last_seen_at, group_id"
                    + " FROM users" + where + " ORDER BY id LIMIT ? OFFSET ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int next = SqlValues.bindAll(ps, params);
                ps.setInt(next, page.size());
                ps.setLong(next + 1, page.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(mapper.toDomain(new UserRow(rs.getLong("id"), rs.getString("email"),
                                rs.getString("password_hash"), SqlValues.instant(rs, "created_at"),
                                rs.getBoolean("enabled"), rs.getInt("token_version"),
                                SqlValues.instant(rs, "last_seen_at"), SqlValues.nullableLong(rs, "group_id"))));
                    }
                }
            }
            return new UserPage(items, total, page.page(), page.size());
        });
    }

    @Override
    public void touch(UserId id, Instant seenAt) {
        rows.touch(id.value(), seenAt);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
