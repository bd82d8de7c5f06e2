package dev.switchboard.application.service.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.error.AuthenticationFailedException;
import dev.switchboard.application.error.ConflictException;
import dev.switchboard.application.fake.InMemoryAdminRepository;
import dev.switchboard.application.fake.InMemoryUserRepository;
import dev.switchboard.application.fake.MutableClock;
import dev.switchboard.application.fake.PlainTextHasher;
import dev.switchboard.application.port.in.auth.Principal;
import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.user.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthServicesTest {

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryAdminRepository admins = new InMemoryAdminRepository();
    private final PlainTextHasher hasher = new PlainTextHasher();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final RegistrationService registration = Registrations.open(users, hasher, clock);
    private final SignInService signIn = new SignInService(users, admins, hasher);
    private final PrincipalQueryService query = new PrincipalQueryService(users, admins);

    @Test
    void aRegisteredUserSignsInWithTheSameEmailInAnyCase() {
        Principal registered = registration.register(" Bob@Example.com ", "correct horse");
        Principal signedIn = signIn.signInUser("BOB@example.COM", "correct horse");
        assertEquals(registered.id(), signedIn.id());
        assertEquals("bob@example.com", signedIn.name());
        assertEquals(Role.USER, signedIn.role());
    }

    @Test
    void storesTheHashNotThePassword() {
        registration.register("bob@example.com", "correct horse");
        assertEquals("plain:correct horse", users.findByEmail(new dev.switchboard.domain.user.EmailAddress("bob@example.com"))
                .orElseThrow().passwordHash());
    }

    @Test
    void refusesASecondAccountForTheSameEmail() {
        registration.register("bob@example.com", "correct horse");
        assertThrows(ConflictException.class, () -> registration.register("BOB@example.com", "another one"));
    }

    @Test
    void refusesShortPasswordsAndBadEmailsBeforeStoringAnything() {
        assertThrows(InvalidInputException.class, () -> registration.register("bob@example.com", "short"));
        assertThrows(InvalidInputException.class, () -> registration.register("bob", "long enough"));
        assertTrue(users.findByEmail(new dev.switchboard.domain.user.EmailAddress("bob@example.com")).isEmpty());
    }

    @Test
    void wrongPasswordUnknownUserAndMalformedEmailFailAlike() {
        registration.register("bob@example.com", "correct horse");
        assertThrows(AuthenticationFailedException.class, () -> signIn.signInUser("bob@example.com", "wrong pass"));
        assertThrows(AuthenticationFailedException.class, () -> signIn.signInUser("eve@example.com", "correct horse"));
        assertThrows(AuthenticationFailedException.class, () -> signIn.signInUser("not-an-email", "x"));
        assertThrows(AuthenticationFailedException.class, () -> signIn.signInUser(null, null));
    }

    @Test
    void adminsSignInWithUsernameAndAreFoundByTheirTokenSubject() {
        new AdminProvisioningService(admins, hasher, clock, new AccountStates(users, admins)).ensureInitialAdmin("root", java.util.Optional.of("admin-pass-1"));
        Principal admin = signIn.signInAdmin("root", "admin-pass-1");
        assertEquals(Role.ADMIN, admin.role());
        assertEquals("root", query.find(Role.ADMIN, admin.id()).orElseThrow().name());
        assertTrue(query.find(Role.USER, admin.id()).isEmpty());
        assertThrows(AuthenticationFailedException.class, () -> signIn.signInAdmin("root", "nope-nope"));
    }
}
