package dev.switchboard.application.service.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.application.error.AuthenticationFailedException;
import dev.switchboard.application.error.RateLimitExceededException;
import dev.switchboard.application.fake.InMemoryAdminRepository;
import dev.switchboard.application.fake.InMemoryRateLimiter;
import dev.switchboard.application.fake.InMemoryUserRepository;
import dev.switchboard.application.fake.MutableClock;
import dev.switchboard.application.fake.PlainTextHasher;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ThrottledSignInServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final PlainTextHasher hasher = new PlainTextHasher();
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(clock, Duration.ofMinutes(15));
    private final ThrottledSignInService signIn = new ThrottledSignInService(
            new SignInService(users, new InMemoryAdminRepository(), hasher), limiter, SignInThrottlePolicy.defaults());

    @BeforeEach
    void registerBob() {
        Registrations.open(users, hasher, clock).register("bob@example.com", "correct horse");
    }

    private void fail(String ip, String email) {
        assertThrows(AuthenticationFailedException.class, () -> signIn.signInUser(ip, email, "wrong password"));
    }

    @Test
    void refusesTheEleventhAttemptOnOneAccountFromOneIpEvenWithTheRightPassword() {
        for (int i = 0; i < 10; i++) {
            fail("203.0.113.1", "bob@example.com");
            clock.advance(Duration.ofSeconds(30));
        }
        RateLimitExceededException e = assertThrows(RateLimitExceededException.class,
                () -> signIn.signInUser("203.0.113.1", "bob@example.com", "correct horse"));
        assertEquals(600, e.retryAfterSeconds(), "the first failure (at 0) leaves at 15 min; now is 5 min");
        assertEquals("bob@example.com", signIn.signInUser("198.51.100.2", "bob@example.com", "correct horse").name(),
                "the owner from another address gets in");
        fail("203.0.113.1", "someone-else@example.com"); // same IP, other account: still just checked
    }

    @Test
    void refusesAnIpAfterFiftyFailuresAcrossAccounts() {
        for (int i = 0; i < 50; i++) {
            fail("203.0.113.1", "guess" + i + "@example.com");
        }
        assertThrows(RateLimitExceededException.class,
                () -> signIn.signInUser("203.0.113.1", "bob@example.com", "correct horse"));
        assertEquals(0, limiter.counted("signin-ip-account:203.0.113.1|user:bob@example.com"),
                "a refused attempt takes no place anywhere");
    }

    @Test
    void failuresFromManyIpsNeverLockTheOwnerOutTheyOnlySlowEveryoneDown() {
        assertEquals(Duration.ZERO, signIn.pauseBeforeUser("bob@example.com"));
        for (int i = 0; i < 40; i++) {
            fail("203.0.113." + i, "BOB@example.com");
        }
        assertEquals(Duration.ofSeconds(5), signIn.pauseBeforeUser(" bob@EXAMPLE.com"));
        assertEquals("bob@example.com", signIn.signInUser("198.51.100.9", "bob@example.com", "correct horse").name());
        assertEquals(Duration.ZERO, signIn.pauseBeforeUser("alice@example.com"), "other accounts are not slowed");
    }

    @Test
    void thePauseFadesWithTheWindow() {
        for (int i = 0; i < 5; i++) {
            fail("203.0.113." + i, "bob@example.com");
        }
        assertEquals(Duration.ofMillis(500), signIn.pauseBeforeUser("bob@example.com"));
        clock.advance(Duration.ofMinutes(15));
        assertEquals(Duration.ZERO, signIn.pauseBeforeUser("bob@example.com"));
    }

    @Test
    void successfulSignInsAreNotCounted() {
        for (int i = 0; i < 30; i++) {
            signIn.signInUser("203.0.113.1", "bob@example.com", "correct horse");
        }
        assertEquals(0, limiter.counted("signin-ip:203.0.113.1"));
        assertEquals(0, limiter.counted("signin-account:user:bob@example.com"));
        fail("203.0.113.1", "bob@example.com");
        assertEquals(1, limiter.counted("signin-ip:203.0.113.1"));
        assertEquals(1, limiter.counted("signin-ip-account:203.0.113.1|user:bob@example.com"));
        assertEquals(1, limiter.counted("signin-account:user:bob@example.com"));
    }

    @Test
    void theAccountCountStopsAtItsCapWithoutEverRefusing() {
        for (int i = 0; i < SignInThrottlePolicy.ACCOUNT_COUNT_CAP + 20; i++) {
            fail("10.0." + (i / 200) + "." + (i % 200), "bob@example.com");
        }
        assertEquals(SignInThrottlePolicy.ACCOUNT_COUNT_CAP, limiter.counted("signin-account:user:bob@example.com"));
        assertEquals("bob@example.com", signIn.signInUser("198.51.100.9", "bob@example.com", "correct horse").name());
    }

    @Test
    void adminSignInIsThrottledPerIpAndAccountToo() {
        for (int i = 0; i < 10; i++) {
            assertThrows(AuthenticationFailedException.class, () -> signIn.signInAdmin("203.0.113.1", "admin", "nope"));
        }
        assertThrows(RateLimitExceededException.class, () -> signIn.signInAdmin("203.0.113.1", "admin", "nope"));
        assertEquals(Duration.ofSeconds(5), signIn.pauseBeforeAdmin("Admin"));
        assertEquals(Duration.ZERO, signIn.pauseBeforeUser("admin"), "admin and user accounts are apart");
    }
}
