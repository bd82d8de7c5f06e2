package dev.switchboard.domain.ipblock;

import dev.switchboard.domain.shared.Require;

/** Identity of a blocklist entry. */
public record BlockedIpId(long value) {
    public BlockedIpId {
        Require.positiveId("id", value);
    }
}
