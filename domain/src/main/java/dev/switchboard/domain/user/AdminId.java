package dev.switchboard.domain.user;

import dev.switchboard.domain.shared.Require;

/** Identity of an administrator account. */
public record AdminId(long value) {
    public AdminId {
        Require.positiveId("admin_id", value);
    }
}
