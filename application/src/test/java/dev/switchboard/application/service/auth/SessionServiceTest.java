package dev.switchboard.application.service.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.application.fake.InMemoryAdminRepository;
import dev.switchboard.application.fake.InMemoryApiKeyRepository;
import dev.switchboard.application.fake.InMemoryUserRepository;
import dev.switchboard.application.fake.MutableClock;
import dev.switchboard.domain.user.Admin;
import dev.switchboard.domain.user.EmailAddress;
import dev.switchboard.domain.user.Role;
import dev.switchboard.domain.user.SessionRule.Verdict;
import dev.switchboard.domain.user.User;
import java.time.Duration;
import dev.switchboard.application.fake.InMemoryRevokedTokenStore;
import dev.switchboard.application.port.out.change.ChangeFeed;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryAdminRepository admins = new InMemoryAdminRepository();
    private final AccountStates accounts = new AccountStates(users, admins);
    private final InMemoryRevokedTokenStore revokedStore = new InMemoryRevokedTokenStore();
    private final SessionService sessions = new SessionService(accounts, new RevokedTokens(clock, revokedStore, ChangeFeed.NONE),
            new ActivityRecorder(users, new InMemoryApiKeyRepository(), Runnable::run, clock), users, admins);

    @Test
    void aTokenOfTheCurrentVersionIsValidUntilLogoutEverywhere() {
        User user = users.add(User.register(new EmailAddress("a@example.com"), "hash", clock.instant()));
        accounts.reload();
        long id = user.id().value();
        assertEquals(Verdict.VALID, sessions.check(Role.USER, id, 0, true, "t1"));
        assertEquals(clock.instant(), users.findById(user.id()).orElseThrow().lastSeenAt(), "seen is recorded");
        sessions.logoutEverywhere(Role.USER, id);
        assertEquals(Verdict.STALE, sessions.check(Role.USER, id, 0, true, "t1"));
        assertEquals(Verdict.VALID, sessions.check(Role.USER, id, 1, true, "t2"));
    }

    @Test
    void aLoggedOutTokenIsRefusedUntilItsExpiryWhileOthersKeepWorking() {
        Admin admin = admins.save(new Admin(null, "root", "hash", clock.instant()));
        accounts.reload();
        long id = admin.id().value();
        sessions.logout("t1", clock.instant().plusSeconds(60));
        assertEquals(Verdict.LOGGED_OUT, sessions.check(Role.ADMIN, id, 0, true, "t1"));
        assertEquals(Verdict.VALID, sessions.check(Role.ADMIN, id, 0, true, "t2"));
        assertEquals(Verdict.NO_EXPIRY, sessions.check(Role.ADMIN, id, 0, false, "t3"));
        assertEquals(Verdict.GONE, sessions.check(Role.USER, id, 0, true, "t2"), "roles do not mix");
        clock.advance(Duration.ofSeconds(61));
        sessions.logout("other", clock.instant().plusSeconds(60)); // purges expired entries
        assertEquals(Verdict.VALID, sessions.check(Role.ADMIN, id, 0, true, "t1"));
    }
}
