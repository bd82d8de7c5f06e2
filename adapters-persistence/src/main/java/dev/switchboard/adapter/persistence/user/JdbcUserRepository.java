package dev.switchboard.adapter.persistence.user;

import dev.switchboard.adapter.persistence.support.Constraints;
import dev.switchboard.application.error.ConflictException;
import dev.switchboard.application.port.out.user.UserRepository;
import dev.switchboard.domain.user.EmailAddress;
import dev.switchboard.domain.user.User;
import dev.switchboard.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.Optional;

/** {@link UserRepository} on the {@code users} table. */
@Singleton
class JdbcUserRepository implements UserRepository {

    private final UserRowRepository rows;
    private final AccountMapper mapper;

    JdbcUserRepository(UserRowRepository rows, AccountMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
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
}
