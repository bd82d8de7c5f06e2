package dev.switchboard.application.fake;

import dev.switchboard.application.error.ConflictException;
import dev.switchboard.application.port.out.group.GroupRepository;
import dev.switchboard.domain.group.Group;
import dev.switchboard.domain.group.GroupId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Groups in a map; names unique as in the database. Members are not its business (users hold their group). */
public class InMemoryGroupRepository implements GroupRepository {

    private final Map<Long, Group> groups = new TreeMap<>();
    private long nextId = 1;

    @Override
    public synchronized List<Group> findAll() {
        return new ArrayList<>(groups.values());
    }

    @Override
    public synchronized Optional<Group> findById(GroupId id) {
        return Optional.ofNullable(groups.get(id.value()));
    }

    @Override
    public synchronized Group save(Group group) {
        boolean taken = groups.values().stream()
                .anyMatch(g -> g.name().equals(group.name()) && !g.id().equals(group.id()));
        if (taken) {
            throw new ConflictException("a group named '" + group.name() + "' already exists");
        }
        Group stored = group.id() == null ? group.storedAs(new GroupId(nextId++)) : group;
        groups.put(stored.id().value(), stored);
        return stored;
    }

    @Override
    public synchronized boolean delete(GroupId id) {
        return groups.remove(id.value()) != null;
    }
}
