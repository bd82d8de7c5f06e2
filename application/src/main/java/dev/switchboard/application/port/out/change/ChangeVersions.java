package dev.switchboard.application.port.out.change;

import java.util.Map;

/**
 * One version number per {@link ChangeKind}, stored where every instance reads it (the database): bumped on
 * each change, compared now and then so an instance that missed a message still reloads. May block.
 */
public interface ChangeVersions {

    /** Increments the kind's version and returns the new value. */
    long bump(ChangeKind kind);

    /** The current version of every kind that was ever bumped. */
    Map<ChangeKind, Long> current();
}
