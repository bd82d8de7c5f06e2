package dev.switchboard.adapter.persistence.ipblock;

import dev.switchboard.application.port.out.ipblock.BlockedAttemptPage;
import dev.switchboard.application.port.out.ipblock.BlockedAttemptRepository;
import dev.switchboard.domain.ipblock.BlockedAttempt;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * {@link BlockedAttemptRepository} on {@code blocked_attempts}. Purges run as many short transactions, so
 * SQLite's single writer is never held for long.
 */
@Singleton
class JdbcBlockedAttemptRepository implements BlockedAttemptRepository {

    private static final Sort NEWEST_FIRST = Sort.of(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final BlockedAttemptRowRepository rows;

    JdbcBlockedAttemptRepository(BlockedAttemptRowRepository rows) {
        this.rows = rows;
    }

    /** One transaction per batch. Row by row inside it: sqlite-jdbc returns no generated keys from JDBC batches. */
    @Override
    @Transactional
    public void append(List<BlockedAttempt> attempts) {
        attempts.forEach(a -> rows.save(BlockedAttemptRow.fromDomain(a)));
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
