package dev.switchboard.domain.user;

import dev.switchboard.domain.shared.Require;

/** Identity of a registered end user. */
public record UserId(long value) {
    public UserId {
        Require.positiveId("user_id", value);
    }
}
