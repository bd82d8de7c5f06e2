package dev.switchboard.application.port.in.key;

import dev.switchboard.domain.key.ApiKey;
import dev.switchboard.domain.key.ApiKeySecret;

/** A key just created, with its secret: the only moment the full key exists outside the client. */
public record CreatedKey(ApiKey key, ApiKeySecret secret) {
}
