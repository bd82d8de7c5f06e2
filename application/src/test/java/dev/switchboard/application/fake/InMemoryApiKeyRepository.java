package dev.switchboard.application.fake;

import dev.switchboard.application.error.ConflictException;
import dev.switchboard.application.port.out.key.ApiKeyPage;
import dev.switchboard.application.port.out.key.ApiKeyRepository;
import dev.switchboard.domain.key.ApiKey;
import dev.switchboard.domain.key.ApiKeyId;
import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** In-memory fake of {@link ApiKeyRepository}; counts {@link #findAll} calls so tests can see database trips. */
public class InMemoryApiKeyRepository implements ApiKeyRepository {

    private final Map<Long, ApiKey> rows = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    public final AtomicInteger reads = new AtomicInteger();

    @Override
    public synchronized ApiKey add(ApiKey key) {
        if (rows.values().stream().anyMatch(k -> k.hash().equals(key.hash()))) {
            throw new ConflictException("duplicate key");
        }
        ApiKey saved = new ApiKey(new ApiKeyId(sequence.incrementAndGet()), key.owner(), key.name(), key.hash(),
                key.prefix(), key.last4(), key.enabled(), key.expiresAt(), key.allowedModels(), key.allowedCidrs(),
                key.createdAt(), key.lastUsedAt());
        rows.put(saved.id().value(), saved);
        return saved;
    }

    @Override
    public ApiKey update(ApiKey key) {
        rows.put(key.id().value(), key);
        return key;
    }

    @Override
    public void delete(ApiKeyId id) {
        rows.remove(id.value());
    }

    @Override
    public void deleteByOwner(UserId owner) {
        rows.values().removeIf(k -> k.owner().equals(owner));
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        reads.incrementAndGet();
        return Optional.ofNullable(rows.get(id.value()));
    }

    @Override
    public List<ApiKey> findAll() {
        reads.incrementAndGet();
        return List.copyOf(rows.values());
    }

    @Override
    public ApiKeyPage find(UserId owner, PageRequest page) {
        List<ApiKey> matching = rows.values().stream().filter(k -> owner == null || k.owner().equals(owner))
                .sorted(Comparator.comparing((ApiKey k) -> k.id().value()).reversed()).toList();
        return new ApiKeyPage(matching.stream().skip(page.offset()).limit(page.size()).toList(), matching.size(),
                page.page(), page.size());
    }

    @Override
    public long countByOwner(UserId owner) {
        return rows.values().stream().filter(k -> k.owner().equals(owner)).count();
    }

    @Override
    public void touch(ApiKeyId id, Instant usedAt) {
        rows.computeIfPresent(id.value(), (k, key) ->
                key.lastUsedAt() != null && !usedAt.isAfter(key.lastUsedAt()) ? key : key.usedAt(usedAt));
    }
}
