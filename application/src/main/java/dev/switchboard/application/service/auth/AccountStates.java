package dev.switchboard.application.service.auth;

import dev.switchboard.application.port.out.change.ChangeFeed;
import dev.switchboard.application.port.out.change.ChangeKind;
import dev.switchboard.application.port.out.user.AdminRepository;
import dev.switchboard.application.port.out.user.UserRepository;
import dev.switchboard.domain.user.Admin;
import dev.switchboard.domain.user.Role;
import dev.switchboard.domain.user.User;
import dev.switchboard.domain.user.UserId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every token check needs of every account — exists, enabled, token version, name — held in memory so
 * no request waits on the database. Services that change an account tell it at once; {@link #reload} reads
 * everything again (at start-up, and when another instance reports a change).
 */
public class AccountStates {

    /** One account as the token check sees it, with the user's group (null: none, and always for admins). */
    public record State(Role role, long id, String name, boolean enabled, int tokenVersion, Long groupId) {
    }

    private final UserRepository users;
    private final AdminRepository admins;
    private final ChangeFeed changes;
    private volatile Map<String, State> states = new ConcurrentHashMap<>();

    public AccountStates(UserRepository users, AdminRepository admins) {
        this(users, admins, ChangeFeed.NONE);
    }

    /** {@code changes} carries each account change to the other instances, which {@link #reload} then. */
    public AccountStates(UserRepository users, AdminRepository admins, ChangeFeed changes) {
        this.users = users;
        this.admins = admins;
        this.changes = changes;
    }

    /** Blocking: reads every account. */
    public synchronized void reload() {
        Map<String, State> fresh = new ConcurrentHashMap<>();
        users.findAll().forEach(u -> fresh.put(key(Role.USER, u.id().value()), of(u)));
        admins.findAll().forEach(a -> fresh.put(key(Role.ADMIN, a.id().value()), of(a)));
        states = fresh;
    }

    /** Non-blocking. */
    public Optional<State> find(Role role, long id) {
        return Optional.ofNullable(states.get(key(role, id)));
    }

    public synchronized void userChanged(User user) {
        states.put(key(Role.USER, user.id().value()), of(user));
        changes.publish(ChangeKind.USERS);
    }

    /** Refuses the user's tokens on this instance at once, before the account is removed from the store. */
    public synchronized void forget(UserId id) {
        states.remove(key(Role.USER, id.value()));
    }

    /**
     * After the store no longer has the user. Published only now: a reload on another instance (or on this one,
     * from the feed) that read the store before the removal would bring the account back.
     */
    public synchronized void userRemoved(UserId id) {
        forget(id);
        changes.publish(ChangeKind.USERS);
    }

    public synchronized void adminChanged(Admin admin) {
        states.put(key(Role.ADMIN, admin.id().value()), of(admin));
        changes.publish(ChangeKind.USERS);
    }

    private static State of(User u) {
        return new State(Role.USER, u.id().value(), u.email().value(), u.enabled(), u.tokenVersion(), u.groupId());
    }

    private static State of(Admin a) {
        return new State(Role.ADMIN, a.id().value(), a.username(), true, a.tokenVersion(), null);
    }

    private static String key(Role role, long id) {
        return (role == Role.USER ? "u:" : "a:") + id;
    }
}
