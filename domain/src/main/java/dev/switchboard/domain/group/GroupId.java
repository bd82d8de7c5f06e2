package dev.switchboard.domain.group;

import dev.switchboard.domain.shared.Require;

/** Identity of a user group (a class, a team). */
public record GroupId(long value) {
    public GroupId {
        Require.positiveId("group_id", value);
    }
}
