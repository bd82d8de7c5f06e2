package dev.switchboard.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.port.out.key.ApiKeyPage;
import dev.switchboard.application.port.out.key.ApiKeyRepository;
import dev.switchboard.application.port.out.user.UserRepository;
import dev.switchboard.domain.ipblock.CidrRange;
import dev.switchboard.domain.key.ApiKey;
import dev.switchboard.domain.key.ApiKeyId;
import dev.switchboard.domain.key.ApiKeySecret;
import dev.switchboard.domain.usage.PageRequest;
import dev.switchboard.domain.user.EmailAddress;
import dev.switchboard.domain.user.User;
import dev.switchboard.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link ApiKeyRepository} must do; run against the fake and each real database. */
public abstract class ApiKeyRepositoryContract {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final SecureRandom RANDOM = new SecureRandom();

    protected abstract ApiKeyRepository repository();

    protected abstract UserRepository users();

    private UserId newOwner() {
        return users().add(User.register(new EmailAddress("k" + System.nanoTime() + "@example.com"), "hash", NOW)).id();
    }

    private ApiKey draft(UserId owner, String name) {
        return ApiKey.issue(owner, name, ApiKeySecret.generate(RANDOM), NOW.plus(1, ChronoUnit.DAYS),
                List.of("gpt-4o", "deepseek-chat"), List.of(CidrRange.parse("10.0.0.0/8"), CidrRange.parse("2001:db8::/32")),
                NOW);
    }

    @Test
    void storesAKeyWithEveryFieldAndFindsItByIdAndInTheFullList() {
        ApiKey saved = repository().add(draft(newOwner(), "laptop"));
        assertNotNull(saved.id());
        assertEquals(saved, repository().findById(saved.id()).orElseThrow());
        assertTrue(repository().findAll().contains(saved));
        assertEquals(List.of("gpt-4o", "deepseek-chat"), saved.allowedModels());
        assertEquals("10.0.0.0/8", saved.allowedCidrs().get(0).toString());
    }

    @Test
    void refusesTheSameHashTwice() {
        ApiKey key = draft(newOwner(), "one");
        repository().add(key);
        assertThrows(RuntimeException.class, () -> repository().add(key));
    }

    @Test
    void updatesTheChangeableFieldsAndTouchOnlyMovesForward() {
        ApiKey saved = repository().add(draft(newOwner(), "before"));
        ApiKey changed = repository().update(saved.changed("after", false, null, List.of(), List.of()));
        assertEquals(changed, repository().findById(saved.id()).orElseThrow());
        repository().touch(saved.id(), NOW.plusSeconds(60));
        repository().touch(saved.id(), NOW.plusSeconds(30));
        assertEquals(NOW.plusSeconds(60), repository().findById(saved.id()).orElseThrow().lastUsedAt());
    }

    @Test
    void pagesAnOwnersKeysNewestFirstAndCountsThem() {
        UserId owner = newOwner();
        ApiKey first = repository().add(draft(owner, "first"));
        ApiKey second = repository().add(draft(owner, "second"));
        repository().add(draft(newOwner(), "someone else's"));
        ApiKeyPage page = repository().find(owner, new PageRequest(1, 1));
        assertEquals(2, page.total());
        assertEquals(List.of(second), page.items());
        assertEquals(List.of(first), repository().find(owner, new PageRequest(2, 1)).items());
        assertEquals(2, repository().countByOwner(owner));
        assertTrue(repository().find(null, new PageRequest(1, 500)).total() >= 3);
    }

    @Test
    void deletesOneKeyOrAllOfAnOwners() {
        UserId owner = newOwner();
        ApiKey one = repository().add(draft(owner, "one"));
        repository().add(draft(owner, "two"));
        repository().delete(one.id());
        assertTrue(repository().findById(one.id()).isEmpty());
        repository().deleteByOwner(owner);
        assertEquals(0, repository().countByOwner(owner));
        assertTrue(repository().findById(new ApiKeyId(987_654_321L)).isEmpty());
    }
}
