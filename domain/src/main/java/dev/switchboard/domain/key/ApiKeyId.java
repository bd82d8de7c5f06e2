package dev.switchboard.domain.key;

import dev.switchboard.domain.shared.Require;

/** Identity of a stored API key. */
public record ApiKeyId(long value) {
    public ApiKeyId {
        Require.positiveId("id", value);
    }
}
