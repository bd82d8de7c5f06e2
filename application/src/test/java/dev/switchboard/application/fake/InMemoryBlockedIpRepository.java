package dev.switchboard.application.fake;

import dev.switchboard.application.error.ConflictException;
import dev.switchboard.application.port.out.ipblock.BlockedIpRepository;
import dev.switchboard.domain.ipblock.BlockedIp;
import dev.switchboard.domain.ipblock.BlockedIpId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** In-memory fake of {@link BlockedIpRepository}. */
public class InMemoryBlockedIpRepository implements BlockedIpRepository {

    private final Map<Long, BlockedIp> rows = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public synchronized BlockedIp add(BlockedIp entry) {
        if (rows.values().stream().anyMatch(e -> e.rule().equals(entry.rule()))) {
            throw new ConflictException(entry.rule() + " is already blocked");
        }
        BlockedIp saved = new BlockedIp(new BlockedIpId(sequence.incrementAndGet()), entry.range(), entry.reason(),
                entry.createdAt());
        rows.put(saved.id().value(), saved);
        return saved;
    }

    @Override
    public List<BlockedIp> findAll() {
        List<BlockedIp> all = new ArrayList<>(rows.values());
        all.sort(Comparator.comparing((BlockedIp e) -> e.id().value()).reversed());
        return all;
    }

    @Override
    public boolean delete(BlockedIpId id) {
        return rows.remove(id.value()) != null;
    }
}
