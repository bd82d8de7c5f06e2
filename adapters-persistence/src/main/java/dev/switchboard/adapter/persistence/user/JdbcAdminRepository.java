package dev.switchboard.adapter.persistence.user;

import dev.switchboard.application.port.out.user.AdminRepository;
import dev.switchboard.domain.user.Admin;
import dev.switchboard.domain.user.AdminId;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** {@link AdminRepository} on the {@code admins} table. */
@Singleton
class JdbcAdminRepository implements AdminRepository {

    private final AdminRowRepository rows;
    private final AccountMapper mapper;

    JdbcAdminRepository(AdminRowRepository rows, AccountMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Admin save(Admin admin) {
        AdminRow row = mapper.toRow(admin);
        return mapper.toDomain(row.id() == null ? rows.save(row) : rows.update(row));
    }

    @Override
    public Optional<Admin> findByUsername(String username) {
        return rows.findByUsername(username).map(mapper::toDomain);
    }

    @Override
    public Optional<Admin> findById(AdminId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public List<Admin> findAll() {
        return rows.findAllOrderById().stream().map(mapper::toDomain).toList();
    }
}
