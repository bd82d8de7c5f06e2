package dev.switchboard.adapter.persistence.ipblock;

import dev.switchboard.adapter.persistence.support.Constraints;
import dev.switchboard.application.error.ConflictException;
import dev.switchboard.application.port.out.ipblock.BlockedIpRepository;
import dev.switchboard.domain.ipblock.BlockedIp;
import dev.switchboard.domain.ipblock.BlockedIpId;
import jakarta.inject.Singleton;
import java.util.List;

/** {@link BlockedIpRepository} on the {@code blocked_ips} table; the unique index catches racing duplicates. */
@Singleton
class JdbcBlockedIpRepository implements BlockedIpRepository {

    private final BlockedIpRowRepository rows;

    JdbcBlockedIpRepository(BlockedIpRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public BlockedIp add(BlockedIp entry) {
        try {
            return rows.save(BlockedIpRow.fromDomain(entry)).toDomain();
        } catch (RuntimeException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw new ConflictException(entry.rule() + " is already blocked");
            }
            throw e;
        }
    }

    @Override
    public List<BlockedIp> findAll() {
        return rows.listOrderByIdDesc().stream().map(BlockedIpRow::toDomain).toList();
    }

    @Override
    public boolean delete(BlockedIpId id) {
        if (!rows.existsById(id.value())) {
            return false;
        }
        rows.deleteById(id.value());
        return true;
    }
}
