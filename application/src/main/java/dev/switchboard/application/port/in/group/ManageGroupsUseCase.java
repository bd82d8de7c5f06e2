package dev.switchboard.application.port.in.group;

import dev.switchboard.domain.group.Group;
import dev.switchboard.domain.group.GroupId;
import java.util.List;

/**
 * Use case: the admin lists, creates, edits and deletes user groups (SPEC §14). A duplicate name is a conflict;
 * deleting a group takes its members out of it. Every change reaches every instance on its next request. Blocking.
 */
public interface ManageGroupsUseCase {

    List<Group> list();

    Group get(GroupId id);

    Group create(Group group);

    /** Replaces every field of the group but its id. */
    Group update(GroupId id, Group group);

    void delete(GroupId id);
}
