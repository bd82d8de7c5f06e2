package dev.switchboard.application.service.group;

import dev.switchboard.application.error.NotFoundException;
import dev.switchboard.application.port.in.group.ManageGroupsUseCase;
import dev.switchboard.application.port.out.change.ChangeFeed;
import dev.switchboard.application.port.out.change.ChangeKind;
import dev.switchboard.application.port.out.group.GroupRepository;
import dev.switchboard.domain.group.Group;
import dev.switchboard.domain.group.GroupId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The admin's groups, and every group held in memory for the relay (its RPM, models and quotas are read on every
 * request, on the event loop). A change is stored, applied here at once and announced, so every other instance
 * {@link #reload}s; deleting a group also announces the user change (its members left it).
 */
public class GroupService implements ManageGroupsUseCase {

    private final GroupRepository groups;
    private final ChangeFeed changes;
    private final Runnable membersChanged;
    private volatile Map<Long, Group> byId = Map.of();

    /** @param membersChanged run after a delete took members out of a group (reloads the account states) */
    public GroupService(GroupRepository groups, ChangeFeed changes, Runnable membersChanged) {
        this.groups = groups;
        this.changes = changes;
        this.membersChanged = membersChanged;
    }

    /** Blocking: reads every group. */
    public synchronized void reload() {
        byId = groups.findAll().stream().collect(Collectors.toUnmodifiableMap(g -> g.id().value(), Function.identity()));
    }

    /** Non-blocking: answers from memory. */
    public Optional<Group> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Group> list() {
        return groups.findAll();
    }

    @Override
    public Group get(GroupId id) {
        return groups.findById(id).orElseThrow(() -> notFound(id));
    }

    @Override
    public Group create(Group group) {
        Group saved = groups.save(group.storedAs(null));
        changed();
        return saved;
    }

    @Override
    public Group update(GroupId id, Group group) {
        get(id);
        Group saved = groups.save(group.storedAs(id));
        changed();
        return saved;
    }

    @Override
    public void delete(GroupId id) {
        if (!groups.delete(id)) {
            throw notFound(id);
        }
        changed();
        membersChanged.run();
        changes.publish(ChangeKind.USERS);
    }

    private void changed() {
        reload();
        changes.publish(ChangeKind.GROUPS);
    }

    private static NotFoundException notFound(GroupId id) {
        return new NotFoundException("group " + id.value() + " does not exist");
    }
}
