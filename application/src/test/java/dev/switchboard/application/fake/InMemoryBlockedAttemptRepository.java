package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.ipblock.BlockedAttemptPage;
import dev.switchboard.application.port.out.ipblock.BlockedAttemptRepository;
import dev.switchboard.domain.ipblock.BlockedAttempt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** In-memory fake of {@link BlockedAttemptRepository}; adds to tallies like the real upsert; counts batches. */
public class InMemoryBlockedAttemptRepository implements BlockedAttemptRepository {

    private final List<BlockedAttempt> rows = new ArrayList<>();
    private long sequence;
    private int batches;

    @Override
    public synchronized void append(List<BlockedAttempt> tallies) {
        batches++;
        for (BlockedAttempt a : tallies) {
            int same = indexOf(a);
            if (same >= 0) {
                rows.set(same, rows.get(same).plus(a.count()));
            } else {
                rows.add(new BlockedAttempt(++sequence, a.ipAddress(), a.path(), a.rule(), a.createdAt(), a.count()));
            }
        }
    }

    private int indexOf(BlockedAttempt a) {
        for (int i = 0; i < rows.size(); i++) {
            BlockedAttempt r = rows.get(i);
            if (r.ipAddress().equals(a.ipAddress()) && r.path().equals(a.path()) && r.rule().equals(a.rule())
                    && r.createdAt().equals(a.createdAt())) {
                return i;
            }
        }
        return -1;
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
