package dev.switchboard.application.service.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.error.NotFoundException;
import dev.switchboard.application.fake.InMemoryAdminRepository;
import dev.switchboard.application.fake.InMemoryApiKeyRepository;
import dev.switchboard.application.fake.InMemoryRateLimiter;
import dev.switchboard.application.fake.InMemorySettingsRepository;
import dev.switchboard.application.fake.InMemoryUserRepository;
import dev.switchboard.application.fake.MutableClock;
import dev.switchboard.application.fake.PlainTextHasher;
import dev.switchboard.application.port.in.key.CreatedKey;
import dev.switchboard.application.port.in.key.KeyCheck.Outcome;
import dev.switchboard.application.port.in.key.KeyDraft;
import dev.switchboard.application.port.out.stats.UserUsageTotals;
import dev.switchboard.application.service.auth.AccountStates;
import dev.switchboard.application.service.auth.ActivityRecorder;
import dev.switchboard.application.service.auth.RegistrationService;
import dev.switchboard.application.service.key.ApiKeyService;
import dev.switchboard.application.service.settings.SettingsService;
import dev.switchboard.domain.settings.SystemSettings;
import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.user.Role;
import dev.switchboard.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserAdminServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-15T12:00:00Z"));
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository();
    private final AccountStates accounts = new AccountStates(users, new InMemoryAdminRepository());
    private final PlainTextHasher hasher = new PlainTextHasher();
    private final ApiKeyService keyService = new ApiKeyService(keys, accounts,
            new ActivityRecorder(users, keys, Runnable::run, clock), clock);
    private final RegistrationService registration = new RegistrationService(users, hasher, clock, accounts,
            new SettingsService(new InMemorySettingsRepository(), new SystemSettings(10, 60, 90, SystemSettings.CLOSED, 5)),
            new InMemoryRateLimiter(clock, Duration.ofHours(1)));
    private Instant askedSince;
    private final UserUsageTotals totals = (ids, from) -> {
        askedSince = from;
        return ids.isEmpty() ? Map.of() : Map.of(ids.iterator().next(), new UserUsageTotals.Totals(3, 120));
    };
    private final UserAdminService service = new UserAdminService(users, keys, keyService, totals, registration,
            hasher, accounts, clock);

    @Test
    void theAdminCreatesUsersEvenWhenRegistrationIsClosedAndSeesThisMonthsUsage() {
        long id = service.create("new@example.com", "pass-word-1").id();
        var page = service.search("NEW@", new PageRequest(1, 10));
        assertEquals(1, page.total());
        assertEquals(id, page.items().get(0).id());
        assertEquals(3, page.items().get(0).callsMonth());
        assertEquals(120, page.items().get(0).tokensMonth());
        assertEquals(Instant.parse("2026-06-01T00:00:00Z"),
                askedSince.atOffset(ZoneOffset.UTC).toInstant(), "the month starts on the 1st in the clock's zone");
        assertThrows(InvalidInputException.class, () -> service.create("bad", "pass-word-1"));
    }

    @Test
    void disablingEndsSessionsAndKeysAtOnceAndEnablingDoesNotRevivOldTokens() {
        long id = service.create("a@example.com", "pass-word-1").id();
        UserId user = new UserId(id);
        CreatedKey key = keyService.create(user, new KeyDraft("k", null, null, null));
        assertFalse(service.update(user, false, false, null).enabled());
        assertFalse(accounts.find(Role.USER, id).orElseThrow().enabled());
        assertEquals(1, accounts.find(Role.USER, id).orElseThrow().tokenVersion());
        assertEquals(Outcome.OWNER_DISABLED, keyService.check(key.secret().value(), "1.2.3.4").outcome());
        service.update(user, true, true, 7L);
        assertEquals(1, accounts.find(Role.USER, id).orElseThrow().tokenVersion());
        assertEquals(7L, users.findById(user).orElseThrow().groupId());
        assertEquals(Outcome.GRANTED, keyService.check(key.secret().value(), "1.2.3.4").outcome());
        assertThrows(InvalidInputException.class, () -> service.update(user, null, true, -1L));
    }

    @Test
    void aResetChecksThePolicyAndEndsSessions() {
        UserId user = new UserId(service.create("b@example.com", "pass-word-1").id());
        assertThrows(InvalidInputException.class, () -> service.resetPassword(user, "short"));
        service.resetPassword(user, "another-pass");
        assertEquals("plain:another-pass", users.findById(user).orElseThrow().passwordHash());
        assertEquals(1, accounts.find(Role.USER, user.value()).orElseThrow().tokenVersion());
    }

    @Test
    void deletingAUserRemovesTheirKeysAndTheirAccountState() {
        UserId user = new UserId(service.create("c@example.com", "pass-word-1").id());
        CreatedKey key = keyService.create(user, new KeyDraft("k", null, null, null));
        service.delete(user);
        assertTrue(accounts.find(Role.USER, user.value()).isEmpty());
        assertEquals(0, keys.countByOwner(user));
        assertEquals(Outcome.UNKNOWN, keyService.check(key.secret().value(), "1.2.3.4").outcome());
        assertThrows(NotFoundException.class, () -> service.delete(user));
        assertThrows(NotFoundException.class, () -> service.update(user, false, false, null));
    }

    @Test
    void aDeletedUserStaysGoneWhenTheChangeNoticeReloadsEveryAccountAtOnce() {
        // As in the app: a USERS change runs this instance's reload synchronously, inside the removal.
        java.util.List<Runnable> reloads = new java.util.ArrayList<>();
        AccountStates reloading = new AccountStates(users, new InMemoryAdminRepository(),
                new dev.switchboard.application.port.out.change.ChangeFeed() {
                    @Override
                    public void publish(dev.switchboard.application.port.out.change.ChangeKind kind) {
                        reloads.forEach(Runnable::run);
                    }

                    @Override
                    public void onChange(dev.switchboard.application.port.out.change.ChangeKind kind, Runnable listener) {
                        reloads.add(listener);
                    }
                });
        reloads.add(reloading::reload);
        UserAdminService admin = new UserAdminService(users, keys, new ApiKeyService(keys, reloading,
                new ActivityRecorder(users, keys, Runnable::run, clock), clock), totals, registration, hasher,
                reloading, clock);
        long id = admin.create("doomed@example.com", "pass-word-1").id();
        reloading.reload();
        assertTrue(reloading.find(Role.USER, id).isPresent());
        admin.delete(new UserId(id));
        assertTrue(reloading.find(Role.USER, id).isEmpty(), "its tokens must be refused at once");
    }
}
