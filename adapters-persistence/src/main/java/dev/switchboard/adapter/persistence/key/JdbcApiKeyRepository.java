package dev.switchboard.adapter.persistence.key;

import dev.switchboard.application.port.out.key.ApiKeyPage;
import dev.switchboard.application.port.out.key.ApiKeyRepository;
import dev.switchboard.domain.ipblock.CidrRange;
import dev.switchboard.domain.key.ApiKey;
import dev.switchboard.domain.key.ApiKeyId;
import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.user.UserId;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@link ApiKeyRepository} on the {@code api_keys} table. */
@Singleton
class JdbcApiKeyRepository implements ApiKeyRepository {

    private final ApiKeyRowRepository rows;
    JdbcApiKeyRepository(ApiKeyRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public ApiKey add(ApiKey key) {
        return toDomain(rows.save(toRow(key)));
    }

    @Override
    public ApiKey update(ApiKey key) {
        return toDomain(rows.update(toRow(key)));
    }

    @Override
    public void delete(ApiKeyId id) {
        rows.deleteById(id.value());
    }

    @Override
    public void deleteByOwner(UserId owner) {
        rows.deleteByUserId(owner.value());
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return rows.findById(id.value()).map(JdbcApiKeyRepository::toDomain);
    }

    @Override
    public List<ApiKey> findAll() {
        return rows.findAll().stream().map(JdbcApiKeyRepository::toDomain).toList();
    }

    @Override
    public ApiKeyPage find(UserId owner, PageRequest page) {
        Pageable pageable = Pageable.from(page.page() - 1, page.size(), Sort.of(Sort.Order.desc("id")));
        Page<ApiKeyRow> found = owner == null ? rows.findAll(pageable) : rows.findByUserId(owner.value(), pageable);
        return new ApiKeyPage(found.getContent().stream().map(JdbcApiKeyRepository::toDomain).toList(),
                found.getTotalSize(), page.page(), page.size());
    }

    @Override
    public long countByOwner(UserId owner) {
        return rows.countByUserId(owner.value());
    }

    @Override
    public void touch(ApiKeyId id, Instant usedAt) {
        rows.touch(id.value(), usedAt);
    }

    private static ApiKeyRow toRow(ApiKey k) {
        return new ApiKeyRow(k.id() == null ? null : k.id().value(), k.owner().value(), k.name(), k.hash(), k.prefix(),
                k.last4(), k.enabled(), k.expiresAt(), String.join("\n", k.allowedModels()),
                k.allowedCidrs().stream().map(CidrRange::toString).collect(Collectors.joining("\n")),
                k.createdAt(), k.lastUsedAt());
    }

    private static ApiKey toDomain(ApiKeyRow r) {
        return new ApiKey(new ApiKeyId(r.id()), new UserId(r.userId()), r.name(), r.keyHash(), r.prefix(), r.last4(),
                r.enabled(), r.expiresAt(), lines(r.allowedModels()),
                lines(r.allowedCidrs()).stream().map(CidrRange::parse).toList(), r.createdAt(), r.lastUsedAt());
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
