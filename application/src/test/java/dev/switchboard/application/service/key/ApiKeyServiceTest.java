package dev.switchboard.application.service.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.error.ConflictException;
import dev.switchboard.application.error.NotFoundException;
import dev.switchboard.application.fake.InMemoryAdminRepository;
import dev.switchboard.application.fake.InMemoryApiKeyRepository;
import dev.switchboard.application.fake.InMemoryUserRepository;
import dev.switchboard.application.fake.MutableClock;
import dev.switchboard.application.port.in.key.CreatedKey;
import dev.switchboard.application.port.in.key.KeyChange;
import dev.switchboard.application.port.in.key.KeyCheck.Outcome;
import dev.switchboard.application.port.in.key.KeyDraft;
import dev.switchboard.application.service.auth.AccountStates;
import dev.switchboard.application.service.auth.ActivityRecorder;
import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.user.EmailAddress;
import dev.switchboard.domain.user.User;
import dev.switchboard.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeyServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository();
    private final AccountStates accounts = new AccountStates(users, new InMemoryAdminRepository());
    private final ActivityRecorder activity = new ActivityRecorder(users, keys, Runnable::run, clock);
    private final ApiKeyService service = new ApiKeyService(keys, accounts, activity, clock);

    private UserId user(String email) {
        User saved = users.add(User.register(new EmailAddress(email), "hash", clock.instant()));
        accounts.userChanged(saved);
        return saved.id();
    }

    private CreatedKey create(UserId owner, List<String> models, List<String> cidrs) {
        return service.create(owner, new KeyDraft("key", null, models, cidrs));
    }

    @Test
    void aCreatedKeyIsGrantedFromMemoryAndActsAsItsOwner() {
        UserId alice = user("alice@example.com");
        CreatedKey created = create(alice, List.of("gpt-4o"), List.of());
        int reads = keys.reads.get();
        var check = service.check(created.secret().value(), "203.0.113.1");
        assertEquals(Outcome.GRANTED, check.outcome());
        assertEquals(alice, check.grant().owner());
        assertEquals("alice@example.com", check.grant().ownerEmail());
        assertTrue(check.grant().allows("gpt-4o") && !check.grant().allows("gpt-4o-mini"));
        for (int i = 0; i < 100; i++) {
            service.check(created.secret().value(), "203.0.113.1");
        }
        assertEquals(reads, keys.reads.get(), "checking a key never reads the repository");
    }

    @Test
    void lastUsedIsWrittenAtMostOnceAMinute() {
        CreatedKey created = create(user("bob@example.com"), List.of(), List.of());
        service.check(created.secret().value(), "203.0.113.1");
        Instant first = keys.findById(created.key().id()).orElseThrow().lastUsedAt();
        assertEquals(clock.instant(), first);
        clock.advance(Duration.ofSeconds(30));
        service.check(created.secret().value(), "203.0.113.1");
        assertEquals(first, keys.findById(created.key().id()).orElseThrow().lastUsedAt());
        clock.advance(Duration.ofSeconds(31));
        service.check(created.secret().value(), "203.0.113.1");
        assertEquals(clock.instant(), keys.findById(created.key().id()).orElseThrow().lastUsedAt());
        assertEquals(clock.instant(), users.findById(created.key().owner()).orElseThrow().lastSeenAt());
    }

    @Test
    void unknownRevokedExpiredAndDisabledKeysAreUnknown() {
        UserId owner = user("carol@example.com");
        assertEquals(Outcome.UNKNOWN, service.check("sb-" + "A".repeat(43), "1.2.3.4").outcome());
        assertEquals(Outcome.UNKNOWN, service.check(null, "1.2.3.4").outcome());
        CreatedKey expiring = service.create(owner, new KeyDraft("soon", clock.instant().plusSeconds(10), null, null));
        assertEquals(Outcome.GRANTED, service.check(expiring.secret().value(), "1.2.3.4").outcome());
        clock.advance(Duration.ofSeconds(10));
        assertEquals(Outcome.UNKNOWN, service.check(expiring.secret().value(), "1.2.3.4").outcome());

        CreatedKey disabled = create(owner, List.of(), List.of());
        service.change(owner, disabled.key().id(), new KeyChange(null, false, false, null, null, null));
        assertEquals(Outcome.UNKNOWN, service.check(disabled.secret().value(), "1.2.3.4").outcome());

        CreatedKey revoked = create(owner, List.of(), List.of());
        service.revoke(owner, revoked.key().id());
        assertEquals(Outcome.UNKNOWN, service.check(revoked.secret().value(), "1.2.3.4").outcome());
    }

    @Test
    void aKeyOutsideItsNetworksOrOfADisabledOrDeletedOwnerIsRefused() {
        UserId owner = user("dave@example.com");
        CreatedKey office = create(owner, List.of(), List.of("10.0.0.0/8"));
        assertEquals(Outcome.GRANTED, service.check(office.secret().value(), "10.9.9.9").outcome());
        assertEquals(Outcome.OUTSIDE_NETWORK, service.check(office.secret().value(), "11.0.0.1").outcome());
        assertEquals(Outcome.OUTSIDE_NETWORK, service.check(office.secret().value(), "garbage").outcome());

        CreatedKey any = create(owner, List.of(), List.of());
        User user = users.findById(owner).orElseThrow();
        accounts.userChanged(users.update(user.enabledSetTo(false)));
        assertEquals(Outcome.OWNER_DISABLED, service.check(any.secret().value(), "1.2.3.4").outcome());
        accounts.userRemoved(owner);
        assertEquals(Outcome.UNKNOWN, service.check(any.secret().value(), "1.2.3.4").outcome());
    }

    @Test
    void anotherUsersKeyIsNotFoundAndTheFiftyFirstKeyIsAConflict() {
        UserId alice = user("erin@example.com");
        UserId bob = user("frank@example.com");
        CreatedKey alices = create(alice, List.of(), List.of());
        KeyChange rename = new KeyChange("x", null, false, null, null, null);
        assertThrows(NotFoundException.class, () -> service.change(bob, alices.key().id(), rename));
        assertThrows(NotFoundException.class, () -> service.revoke(bob, alices.key().id()));
        assertEquals("x", service.changeAny(alices.key().id(), rename).name());
        for (int i = 2; i <= 50; i++) {
            create(alice, List.of(), List.of());
        }
        assertThrows(ConflictException.class, () -> create(alice, List.of(), List.of()));
        assertEquals(50, service.list(alice, new PageRequest(1, 100)).total());
        assertEquals(0, service.list(bob, new PageRequest(1, 100)).total());
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsStored() {
        UserId owner = user("gina@example.com");
        assertThrows(InvalidInputException.class, () -> service.create(owner, new KeyDraft("", null, null, null)));
        assertThrows(InvalidInputException.class,
                () -> service.create(owner, new KeyDraft("k", clock.instant().minusSeconds(1), null, null)));
        assertThrows(InvalidInputException.class, () -> create(owner, List.of(), List.of("10.0.0.0/99")));
        assertEquals(0, keys.countByOwner(owner));
    }
}
