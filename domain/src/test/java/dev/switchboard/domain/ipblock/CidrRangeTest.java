package dev.switchboard.domain.ipblock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.domain.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CidrRangeTest {

    private static boolean matches(String rule, String ip) {
        return CidrRange.parse(rule).contains(IpAddress.parse(ip));
    }

    @Test
    void anIpv4RangeHoldsItsAddressesAndNothingElse() {
        assertTrue(matches("192.168.1.0/24", "192.168.1.0"));
        assertTrue(matches("192.168.1.0/24", "192.168.1.255"));
        assertFalse(matches("192.168.1.0/24", "192.168.2.0"));
        assertFalse(matches("192.168.1.0/24", "192.168.0.255"));
        assertTrue(matches("10.0.0.0/8", "10.200.3.4"));
        assertFalse(matches("10.0.0.0/8", "11.0.0.0"));
    }

    @Test
    void slash32AndABareAddressMatchOneHost() {
        assertTrue(matches("203.0.113.7/32", "203.0.113.7"));
        assertFalse(matches("203.0.113.7/32", "203.0.113.8"));
        assertTrue(matches("203.0.113.7", "203.0.113.7"));
        assertEquals("203.0.113.7", CidrRange.parse("203.0.113.7/32").toString());
    }

    @Test
    void slash0MatchesEveryAddressOfItsFamily() {
        assertTrue(matches("0.0.0.0/0", "1.2.3.4"));
        assertTrue(matches("0.0.0.0/0", "255.255.255.255"));
        assertFalse(matches("0.0.0.0/0", "2001:db8::1"), "IPv4 /0 is all of IPv4, not IPv6");
        assertTrue(matches("::/0", "2001:db8::1"));
        assertTrue(matches("::/0", "1.2.3.4"), "IPv6 /0 is every address, IPv4 ones included");
    }

    @Test
    void ipv6RangesAndSlash128() {
        assertTrue(matches("2001:db8::/32", "2001:db8:ffff::1"));
        assertFalse(matches("2001:db8::/32", "2001:db9::1"));
        assertTrue(matches("2001:db8::1/128", "2001:0db8:0000:0000:0000:0000:0000:0001"));
        assertFalse(matches("2001:db8::1/128", "2001:db8::2"));
        assertTrue(matches("fe80::/10", "febf::1"));
        assertFalse(matches("fe80::/10", "fec0::1"));
    }

    @Test
    void ipv4MappedIpv6ClientsMatchIpv4RulesAndBack() {
        assertTrue(matches("192.168.1.0/24", "::ffff:192.168.1.9"));
        assertTrue(matches("192.168.1.0/24", "::ffff:c0a8:0109"));
        assertTrue(matches("::ffff:192.168.1.0/120", "192.168.1.9"));
        assertEquals("192.168.1.0/24", CidrRange.parse("::ffff:192.168.1.0/120").toString());
        assertEquals("1.2.3.4", CidrRange.parse("::ffff:1.2.3.4").toString());
    }

    @Test
    void clearsHostBitsAndWritesTheCanonicalForm() {
        assertEquals("10.0.0.0/8", CidrRange.parse("10.1.2.3/8").toString());
        assertEquals("2001:db8::/32", CidrRange.parse("2001:0DB8:0:0::ff/32").toString());
        assertEquals("2001:db8::1", CidrRange.parse(" 2001:db8:0:0:0:0:0:1 ").toString());
        assertEquals("::", CidrRange.parse("::/128").toString());
        assertEquals("::/0", CidrRange.parse("::/0").toString());
        assertEquals("0.0.0.0/0", CidrRange.parse("0.0.0.0/0").toString());
        assertEquals("2001:0:0:1::1", IpAddress.parse("2001:0:0:1:0:0:0:1").toString(), "the first longest zero run is compressed");
        assertEquals("2001:db8:0:1:1:1:1:1", IpAddress.parse("2001:db8::1:1:1:1:1").toString(), "a single zero group stays");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.-4", "a.b.c.d",
            "1.2.3.4/33", "1.2.3.4/-1", "1.2.3.4/", "1.2.3.4/ 8", "1.2.3.4/8/8", "::1/129", "1:2:3:4:5:6:7:8:9",
            "1::2::3", ":::", "12345::", "g::1", "fe80::1%eth0", "1:2:3:4:5:6:7", "::1.2.3", "1.2.3.4::",
            "localhost", "example.com", "１.２.３.４", "::ｆ"})
    void refusesAnythingThatIsNotAnAddressOrRangeWithAClearMessage(String bad) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CidrRange.parse(bad));
        assertEquals("ip_address", e.field());
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void theMessageSaysWhatIsWrong() {
        assertTrue(assertThrows(InvalidInputException.class, () -> CidrRange.parse("10.0.0.0/40"))
                .getMessage().contains("/0 to /32"));
        assertTrue(assertThrows(InvalidInputException.class, () -> CidrRange.parse("300.0.0.1"))
                .getMessage().contains("0-255"));
    }
}
