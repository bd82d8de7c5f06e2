package dev.switchboard.application.service.ipblock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.error.ConflictException;
import dev.switchboard.application.error.NotFoundException;
import dev.switchboard.application.fake.InMemoryBlockedIpRepository;
import dev.switchboard.application.fake.MutableClock;
import dev.switchboard.domain.ipblock.BlockedIp;
import dev.switchboard.domain.ipblock.BlockedIpId;
import dev.switchboard.domain.shared.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IpBlocklistServiceTest {

    private final InMemoryBlockedIpRepository repository = new InMemoryBlockedIpRepository();
    private final IpBlocklistService blocklist = new IpBlocklistService(repository,
            new MutableClock(Instant.parse("2026-03-01T10:00:00Z")));

    @Test
    void aNewRuleBlocksAtOnceAndRemovingItUnblocks() {
        assertTrue(blocklist.blockingRule("192.168.1.77").isEmpty());
        BlockedIp rule = blocklist.block("192.168.1.0/24", "  lab network ");
        assertEquals("lab network", rule.reason());
        assertEquals(rule, blocklist.blockingRule("192.168.1.77").orElseThrow());
        assertEquals(rule, blocklist.blockingRule("::ffff:192.168.1.77").orElseThrow());
        blocklist.unblock(rule.id());
        assertTrue(blocklist.blockingRule("192.168.1.77").isEmpty());
    }

    @Test
    void theSameRuleWrittenDifferentlyIsADuplicate() {
        blocklist.block("2001:db8::/32", null);
        assertThrows(ConflictException.class, () -> blocklist.block("2001:0DB8:0::/32", "again"));
        blocklist.block("10.0.0.7", null);
        assertThrows(ConflictException.class, () -> blocklist.block("10.0.0.7/32", null));
        assertEquals(2, blocklist.list().size());
    }

    @Test
    void refusesBadInputAndUnknownIds() {
        assertThrows(InvalidInputException.class, () -> blocklist.block("10.0.0.0/33", null));
        assertThrows(InvalidInputException.class, () -> blocklist.block("not-an-ip", null));
        assertThrows(InvalidInputException.class, () -> blocklist.block("10.0.0.1", "x".repeat(501)));
        assertThrows(NotFoundException.class, () -> blocklist.unblock(new BlockedIpId(42)));
    }

    @Test
    void rulesStoredElsewhereApplyAfterARefresh() {
        repository.add(new BlockedIp(null, dev.switchboard.domain.ipblock.CidrRange.parse("203.0.113.0/24"), null,
                Instant.parse("2026-03-01T10:00:00Z")));
        assertTrue(blocklist.blockingRule("203.0.113.5").isEmpty());
        blocklist.refresh();
        assertTrue(blocklist.blockingRule("203.0.113.5").isPresent());
    }

    @Test
    void garbageClientAddressesAreNotBlockedNorFatal() {
        blocklist.block("0.0.0.0/0", null);
        assertTrue(blocklist.blockingRule("unknown").isEmpty());
        assertTrue(blocklist.blockingRule(null).isEmpty());
    }
}
