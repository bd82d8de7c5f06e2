package dev.switchboard.application.service.user;

import dev.switchboard.application.error.NotFoundException;
import dev.switchboard.application.port.in.auth.RegisterUserUseCase;
import dev.switchboard.application.port.in.user.ManageUsersUseCase;
import dev.switchboard.application.port.in.user.UserSummary;
import dev.switchboard.application.port.in.user.UserSummaryPage;
import dev.switchboard.application.port.out.key.ApiKeyRepository;
import dev.switchboard.application.port.out.security.PasswordHasher;
import dev.switchboard.application.port.out.stats.UserUsageTotals;
import dev.switchboard.application.port.out.user.UserPage;
import dev.switchboard.application.port.out.user.UserRepository;
import dev.switchboard.application.service.auth.AccountStates;
import dev.switchboard.application.service.key.ApiKeyService;
import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.user.PasswordPolicy;
import dev.switchboard.domain.user.User;
import dev.switchboard.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The admin's user management. Every change is told to {@link AccountStates} at once, so a disabled or
 * deleted user's next request is refused; deleting a user also drops their keys from the key directory.
 */
public class UserAdminService implements ManageUsersUseCase {

    private final UserRepository users;
    private final ApiKeyRepository keys;
    private final ApiKeyService keyDirectory;
    private final UserUsageTotals totals;
    private final RegisterUserUseCase registration;
    private final PasswordHasher hasher;
    private final AccountStates accounts;
    private final Clock clock;
    private final Predicate<Long> groupExists;

    public UserAdminService(UserRepository users, ApiKeyRepository keys, ApiKeyService keyDirectory,
                            UserUsageTotals totals, RegisterUserUseCase registration, PasswordHasher hasher,
                            AccountStates accounts, Clock clock) {
        this(users, keys, keyDirectory, totals, registration, hasher, accounts, clock, id -> true);
    }

    /** @param groupExists whether a group id names a stored group (a user can only be put into one that does) */
    public UserAdminService(UserRepository users, ApiKeyRepository keys, ApiKeyService keyDirectory,
                            UserUsageTotals totals, RegisterUserUseCase registration, PasswordHasher hasher,
                            AccountStates accounts, Clock clock, Predicate<Long> groupExists) {
        this.groupExists = groupExists;
        this.users = users;
        this.keys = keys;
        this.keyDirectory = keyDirectory;
        this.totals = totals;
        this.registration = registration;
        this.hasher = hasher;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserSummaryPage search(String query, PageRequest page) {
        String q = query == null || query.isBlank() ? null : query.strip();
        if (q != null && q.length() > 254) {
            throw new InvalidInputException("q", "q must be at most 254 characters");
        }
        UserPage found = users.search(q, page);
        Map<UserId, UserUsageTotals.Totals> month = totals.since(found.items().stream().map(User::id).toList(),
                startOfMonth());
        List<UserSummary> items = found.items().stream().map(u -> summary(u, month)).toList();
        return new UserSummaryPage(items, found.total(), found.page(), found.size());
    }

    @Override
    public UserSummary create(String email, String password) {
        long id = registration.register(email, password).id();
        return summary(existing(new UserId(id)), Map.of());
    }

    @Override
    public UserSummary update(UserId id, Boolean enabled, boolean groupGiven, Long groupId) {
        if (groupGiven && groupId != null && groupId <= 0) {
            throw new InvalidInputException("group_id", "group_id must be a positive number or null");
        }
        if (groupGiven && groupId != null && !groupExists.test(groupId)) {
            throw new InvalidInputException("group_id", "group_id " + groupId + " names no group");
        }
        User user = existing(id);
        User changed = enabled == null ? user : user.enabledSetTo(enabled);
        changed = groupGiven ? changed.groupSetTo(groupId) : changed;
        User saved = users.update(changed);
        accounts.userChanged(saved);
        return summary(saved, totals.since(List.of(id), startOfMonth()));
    }

    @Override
    public void resetPassword(UserId id, String newPassword) {
        PasswordPolicy.check(newPassword);
        User saved = users.update(existing(id).passwordChangedTo(hasher.hash(newPassword)));
        accounts.userChanged(saved);
    }

    @Override
    public void delete(UserId id) {
        existing(id);
        accounts.forget(id); // refuse the user's tokens first, then remove what they own
        keys.deleteByOwner(id);
        users.delete(id);
        accounts.userRemoved(id);
        keyDirectory.changed();
    }

    private User existing(UserId id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("no such user"));
    }

    private Instant startOfMonth() {
        return LocalDate.now(clock).withDayOfMonth(1).atStartOfDay(clock.getZone()).toInstant();
    }

    private static UserSummary summary(User u, Map<UserId, UserUsageTotals.Totals> month) {
        UserUsageTotals.Totals t = month.getOrDefault(u.id(), UserUsageTotals.Totals.NONE);
        return new UserSummary(u.id().value(), u.email().value(), u.enabled(), u.groupId(), u.createdAt(),
                u.lastSeenAt(), t.calls(), t.tokens(), t.costNanos());
    }
}
