package dev.switchboard.domain.key;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.domain.ipblock.CidrRange;
import dev.switchboard.domain.ipblock.IpAddress;
import dev.switchboard.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private static ApiKey key(Instant expiresAt, List<String> models, List<String> cidrs) {
        return ApiKey.issue(new UserId(1), "k", ApiKeySecret.generate(new SecureRandom()), expiresAt, models,
                cidrs.stream().map(CidrRange::parse).toList(), NOW);
    }

    @Test
    void aKeyStopsWorkingAtItsExpiryAndWhenDisabled() {
        ApiKey key = key(NOW.plusSeconds(60), List.of(), List.of());
        assertTrue(key.usableAt(NOW.plusSeconds(59)));
        assertFalse(key.usableAt(NOW.plusSeconds(60)));
        assertTrue(key(null, List.of(), List.of()).usableAt(NOW.plusSeconds(1_000_000_000)));
        assertFalse(key.changed("k", false, null, List.of(), List.of()).usableAt(NOW));
    }

    @Test
    void anEmptyModelListAllowsEveryModelOtherwiseOnlyTheListedOnes() {
        assertTrue(key(null, List.of(), List.of()).allowsModel("anything"));
        ApiKey limited = key(null, List.of("gpt-4o"), List.of());
        assertTrue(limited.allowsModel("gpt-4o"));
        assertFalse(limited.allowsModel("gpt-4o-mini"));
    }

    @Test
    void anEmptyNetworkListAllowsAnywhereOtherwiseOnlyAddressesInsideIncludingMappedIpv4() {
        assertTrue(key(null, List.of(), List.of()).allowsAddress(IpAddress.parse("203.0.113.5")));
        ApiKey office = key(null, List.of(), List.of("10.0.0.0/8", "2001:db8::/32"));
        assertTrue(office.allowsAddress(IpAddress.parse("10.200.1.1")));
        assertTrue(office.allowsAddress(IpAddress.parse("::ffff:10.0.0.1")));
        assertTrue(office.allowsAddress(IpAddress.parse("2001:db8::1")));
        assertFalse(office.allowsAddress(IpAddress.parse("11.0.0.1")));
        assertFalse(office.allowsAddress(IpAddress.parse("2001:db9::1")));
    }
}
