package dev.switchboard.adapter.persistence.ipblock;

import dev.switchboard.application.port.out.ipblock.BlockedAttemptPage;
import dev.switchboard.application.port.out.ipblock.BlockedAttemptRepository;
import dev.switchboard.domain.ipblock.BlockedAttempt;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * {@link BlockedAttemptRepository} on {@code blocked_attempts}. Tallies go in as one batch of upserts in one
 * transaction (portable: SQLite and PostgreSQL both take {@code ON CONFLICT ... DO UPDATE}); purges run as
 * many short transactions, so SQLite's single writer is never held for long.
 */
@Singleton
class JdbcBlockedAttemptRepository implements BlockedAttemptRepository {

    private static final Sort NEWEST_FIRST = Sort.of(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
    private static final String UPSERT = "INSERT INTO blocked_attempts (ip_address, path, rule, created_at, attempt_count) "
            + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (ip_address, path, rule, created_at) "
            + "DO UPDATE SET attempt_count = blocked_attempts.attempt_count + EXCLUDED.attempt_count";

    private final BlockedAttemptRowRepository rows;
    private final JdbcOperations jdbc;

    JdbcBlockedAttemptRepository(BlockedAttemptRowRepository rows, JdbcOperations jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    /** One transaction (Micronaut's, so it joins a caller's), one JDBC batch. */
    @Override
    @Transactional
    public void append(List<BlockedAttempt> tallies) {
        if (tallies.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(UPSERT, ps -> {
            for (BlockedAttempt a : tallies) {
                ps.setString(1, a.ipAddress());
                ps.setString(2, a.path());
                ps.setString(3, a.rule());
                ps.setTimestamp(4, Timestamp.from(a.createdAt()));
                ps.setLong(5, a.count());
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    @Override
    public BlockedAttemptPage page(int page, int size) {
        Page<BlockedAttemptRow> found = rows.findAll(Pageable.from(page - 1, size, NEWEST_FIRST));
        List<BlockedAttempt> items = found.getContent().stream().map(BlockedAttemptRow::toDomain).toList();
        return new BlockedAttemptPage(items, found.getTotalSize(), page, size);
    }

    @Override
    public int deleteOlderThan(Instant cutoff, int batchSize) {
        int total = 0;
        int deleted;
        do {
            deleted = rows.deleteBatchOlderThan(cutoff, batchSize);
            total += deleted;
        } while (deleted == batchSize);
        return total;
    }
}
