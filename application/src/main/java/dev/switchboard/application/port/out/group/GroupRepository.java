package dev.switchboard.application.port.out.group;

import dev.switchboard.domain.group.Group;
import dev.switchboard.domain.group.GroupId;
import java.util.List;
import java.util.Optional;

/** Outgoing port: stored user groups. Blocking; a duplicate name is a {@code ConflictException}. */
public interface GroupRepository {

    /** Every group, by id. */
    List<Group> findAll();

    Optional<Group> findById(GroupId id);

    /** Inserts a group without id, else updates it; returns it as stored. */
    Group save(Group group);

    /** Deletes the group and takes every member out of it, in one transaction; false when there was none. */
    boolean delete(GroupId id);
}
