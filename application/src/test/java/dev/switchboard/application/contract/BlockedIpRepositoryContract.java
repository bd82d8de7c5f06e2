package dev.switchboard.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.error.ConflictException;
import dev.switchboard.application.port.out.ipblock.BlockedIpRepository;
import dev.switchboard.domain.ipblock.BlockedIp;
import dev.switchboard.domain.ipblock.BlockedIpId;
import dev.switchboard.domain.ipblock.CidrRange;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** What every {@link BlockedIpRepository} must do; run against the fake and each real database. */
public abstract class BlockedIpRepositoryContract {

    protected abstract BlockedIpRepository repository();

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private static BlockedIp entry(String rule, String reason) {
        return new BlockedIp(null, CidrRange.parse(rule), reason, NOW);
    }

    @Test
    void storesAndListsEntriesNewestFirstWithEveryField() {
        BlockedIp a = repository().add(entry("198.51.100.0/24", "scraper"));
        BlockedIp b = repository().add(entry("2001:db8:cafe::/48", null));
        assertNotNull(a.id());
        var all = repository().findAll();
        assertTrue(all.indexOf(b) < all.indexOf(a), "newest first");
        BlockedIp read = all.get(all.indexOf(a));
        assertEquals("198.51.100.0/24", read.rule());
        assertEquals("scraper", read.reason());
        assertEquals(NOW, read.createdAt());
        assertNull(all.get(all.indexOf(b)).reason());
    }

    @Test
    void refusesTheSameRuleTwice() {
        repository().add(entry("192.0.2.55", "once"));
        assertThrows(ConflictException.class, () -> repository().add(entry("192.0.2.55/32", "twice")));
    }

    @Test
    void deletesOnceAndReportsUnknownIds() {
        BlockedIp e = repository().add(entry("192.0.2.99", null));
        assertTrue(repository().delete(e.id()));
        assertFalse(repository().delete(e.id()));
        assertFalse(repository().findAll().contains(e));
        assertFalse(repository().delete(new BlockedIpId(999_999)));
    }
}
