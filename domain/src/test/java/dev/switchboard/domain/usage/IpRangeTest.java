package dev.switchboard.domain.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpRangeTest {

    @Test
    void aSingleAddressMatchesOnlyItselfWhateverTheNotation() {
        IpRange exact = IpRange.parse("203.0.113.7");
        assertTrue(exact.isSingleAddress());
        assertTrue(exact.contains("203.0.113.7"));
        assertTrue(exact.contains("::ffff:203.0.113.7"));
        assertFalse(exact.contains("203.0.113.8"));
        assertTrue(IpRange.parse("2001:DB8::1").contains("2001:db8:0:0:0:0:0:1"));
    }

    @Test
    void anIpv4BlockCoversExactlyItsAddresses() {
        IpRange block = IpRange.parse("192.168.1.0/24");
        assertTrue(block.contains("192.168.1.0"));
        assertTrue(block.contains("192.168.1.255"));
        assertFalse(block.contains("192.168.2.0"));
        assertFalse(block.contains("192.168.0.255"));
        assertFalse(block.contains("::1"));
        assertTrue(IpRange.parse("10.1.2.3/8").contains("10.200.0.1"));
        assertTrue(IpRange.parse("0.0.0.0/0").contains("8.8.8.8"));
        assertFalse(IpRange.parse("0.0.0.0/0").contains("2001:db8::1"));
    }

    @Test
    void anIpv6BlockCoversExactlyItsAddresses() {
        IpRange block = IpRange.parse("2001:db8::/32");
        assertTrue(block.contains("2001:db8:ffff::1"));
        assertTrue(block.contains("2001:db8::1%eth0"));
        assertFalse(block.contains("2001:db9::1"));
        assertFalse(block.contains("10.0.0.1"));
    }

    @Test
    void keysSortLikeTheAddresses() {
        String a = IpRange.keyOf("9.255.255.255").orElseThrow();
        String b = IpRange.keyOf("10.0.0.0").orElseThrow();
        assertTrue(a.compareTo(b) < 0);
        assertEquals(32, a.length());
        assertEquals("00000000000000000000ffff0a000000", b);
        assertTrue(IpRange.keyOf("unknown").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "example.com", "localhost", "1.2.3", "256.1.1.1", "10.0.0.0/33", "10.0.0.0/x",
            "2001:db8::/129", "1::2::3", "10.0.0.0/-1", "::/"})
    void refusesAnythingThatIsNotAnAddressOrABlock(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> IpRange.parse(text));
        assertEquals("ip", e.field());
    }
}
