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
            new SignInService(users, new InMemoryAdminRepository(), hasher), limiter, 10);

    @BeforeEach
    void registerBob() {
        Registrations.open(users, hasher, clock).register("bob@example.com", "correct horse");
    }

    private void fail(String ip, String email) {
        assertThrows(AuthenticationFailedException.class, () -> signIn.signInUser(ip, email, "wrong password"));
    }

    @Test
    void refusesTheEleventhAttemptFromOneIpAfterTenFailuresEvenWithTheRightPassword() {
        for (int i = 0; i < 10; i++) {
            fail("203.0.113.1", "guess" + i + "@example.com");
            clock.advance(Duration.ofSeconds(30));
        }
        RateLimitExceededException e = assertThrows(RateLimitExceededException.class,
                () -> signIn.signInUser("203.0.113.1", "bob@example.com", "correct horse"));
        assertEquals(600, e.retryAfterSeconds(), "the first failure (at 0) leaves at 15 min; now is 5 min");
        assertEquals("bob@example.com", signIn.signInUser("198.51.100.2", "bob@example.com", "correct horse").name());
    }

    @Test
    void refusesAnAccountAfterTenFailuresFromManyIps() {
        for (int i = 0; i < 10; i++) {
            fail("203.0.113." + i, "BOB@example.com");
        }
        assertThrows(RateLimitExceededException.class,
                () -> signIn.signInUser("198.51.100.9", "bob@example.com", "correct horse"));
        clock.advance(Duration.ofMinutes(15));
        assertEquals("bob@example.com", signIn.signInUser("198.51.100.9", "bob@example.com", "correct horse").name());
    }

    @Test
    void successfulSignInsAreNotCounted() {
        for (int i = 0; i < 30; i++) {
            signIn.signInUser("203.0.113.1", "bob@example.com", "correct horse");
        }
        assertEquals(0, limiter.inWindow("signin-ip:203.0.113.1"));
        fail("203.0.113.1", "bob@example.com");
        assertEquals(1, limiter.inWindow("signin-ip:203.0.113.1"));
        assertEquals(1, limiter.inWindow("signin-account:user:bob@example.com"));
    }

    @Test
    void anAttemptRefusedForTheAccountDoesNotCountAgainstTheIp() {
        for (int i = 0; i < 10; i++) {
            fail("203.0.113." + i, "bob@example.com");
        }
        assertThrows(RateLimitExceededException.class, () -> signIn.signInUser("198.51.100.7", "bob@example.com", "x"));
        assertEquals(0, limiter.inWindow("signin-ip:198.51.100.7"));
    }

    @Test
    void adminSignInIsThrottledToo() {
        for (int i = 0; i < 10; i++) {
            assertThrows(AuthenticationFailedException.class, () -> signIn.signInAdmin("203.0.113.1", "admin", "nope"));
        }
        assertThrows(RateLimitExceededException.class, () -> signIn.signInAdmin("203.0.113.1", "admin", "nope"));
    }
}
