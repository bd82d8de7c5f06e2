package dev.switchboard.application.port.in.key;

import dev.switchboard.application.port.out.key.ApiKeyPage;
import dev.switchboard.domain.key.ApiKey;
import dev.switchboard.domain.key.ApiKeyId;
import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.user.UserId;

/**
 * Use case: users manage their own keys; the admin manages everyone's. Another user's key is "not found"
 * (never "forbidden"), so ids cannot be probed. Blocking.
 */
public interface ManageApiKeysUseCase {

    CreatedKey create(UserId owner, KeyDraft draft);

    ApiKeyPage list(UserId owner, PageRequest page);

    ApiKey change(UserId owner, ApiKeyId id, KeyChange change);

    void revoke(UserId owner, ApiKeyId id);

    /** The admin's view; {@code owner} null = every user. */
    ApiKeyPage listAll(UserId owner, PageRequest page);

    ApiKey changeAny(ApiKeyId id, KeyChange change);

    void revokeAny(ApiKeyId id);
}
