package dev.switchboard.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.port.out.user.RevokedTokenStore;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link RevokedTokenStore} must do. */
public abstract class RevokedTokenStoreContract {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    protected abstract RevokedTokenStore store();

    @Test
    void keepsATokenIdUntilItsExpiryAndThenForgetsIt() {
        String soon = UUID.randomUUID().toString();
        String later = UUID.randomUUID().toString();
        store().add(soon, NOW.plusSeconds(60));
        store().add(later, NOW.plusSeconds(3600));
        store().add(later, NOW.plusSeconds(3600));

        Map<String, Instant> now = store().unexpired(NOW);
        assertEquals(NOW.plusSeconds(60), now.get(soon));
        assertEquals(NOW.plusSeconds(3600), now.get(later));
        Map<String, Instant> inTwoMinutes = store().unexpired(NOW.plusSeconds(120));
        assertEquals(null, inTwoMinutes.get(soon));
        assertEquals(NOW.plusSeconds(3600), inTwoMinutes.get(later));

        assertTrue(store().deleteExpired(NOW.plusSeconds(60)) >= 1);
        assertEquals(null, store().unexpired(NOW).get(soon), "deleted, not only filtered");
        assertEquals(NOW.plusSeconds(3600), store().unexpired(NOW).get(later));
    }
}
