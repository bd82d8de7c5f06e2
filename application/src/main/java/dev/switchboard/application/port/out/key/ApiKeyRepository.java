package dev.switchboard.application.port.out.key;

import dev.switchboard.domain.key.ApiKey;
import dev.switchboard.domain.key.ApiKeyId;
import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored API keys (hashes only). Blocking: call it off the event loop. */
public interface ApiKeyRepository {

    ApiKey add(ApiKey key);

    ApiKey update(ApiKey key);

    void delete(ApiKeyId id);

    void deleteByOwner(UserId owner);

    Optional<ApiKey> findById(ApiKeyId id);

    /** Every key, for the in-memory directory the request path reads. */
    List<ApiKey> findAll();

    /** Newest first; {@code owner} null means every user's keys. */
    ApiKeyPage find(UserId owner, PageRequest page);

    long countByOwner(UserId owner);

    /** Records a use; only moves {@code last_used_at} forward. */
    void touch(ApiKeyId id, Instant usedAt);
}
