package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.ipblock.BlockedAttemptPage;
import dev.switchboard.application.port.out.ipblock.BlockedAttemptRepository;
import dev.switchboard.domain.ipblock.BlockedAttempt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** In-memory fake of {@link BlockedAttemptRepository}; counts batches so tests can see the write-behind. */
public class InMemoryBlockedAttemptRepository implements BlockedAttemptRepository {

    private final List<BlockedAttempt> rows = new ArrayList<>();
    private long sequence;
    private int batches;

    @Override
    public synchronized void append(List<BlockedAttempt> attempts) {
        batches++;
        for (BlockedAttempt a : attempts) {
            rows.add(new BlockedAttempt(++sequence, a.ipAddress(), a.path(), a.rule(), a.createdAt()));
        }
    }

    @Override
    public synchronized BlockedAttemptPage page(int page, int size) {
        List<BlockedAttempt> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(BlockedAttempt::createdAt).thenComparing(BlockedAttempt::id).reversed());
        int from = (int) Math.min(sorted.size(), (long) (page - 1) * size);
        int to = Math.min(sorted.size(), from + size);
        return new BlockedAttemptPage(sorted.subList(from, to), sorted.size(), page, size);
    }

    @Override
    public synchronized int deleteOlderThan(Instant cutoff, int batchSize) {
        int before = rows.size();
        rows.removeIf(a -> a.createdAt().isBefore(cutoff));
        return before - rows.size();
    }

    public synchronized int batches() {
        return batches;
    }
}
