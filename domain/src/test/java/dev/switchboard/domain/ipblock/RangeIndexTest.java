package dev.switchboard.domain.ipblock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RangeIndexTest {

    private static RangeIndex<String> index(String... rules) {
        return RangeIndex.of(List.of(rules), CidrRange::parse);
    }

    private static Optional<String> find(RangeIndex<String> index, String ip) {
        return index.find(IpAddress.parse(ip));
    }

    @Test
    void findsTheRangeHoldingTheAddress() {
        RangeIndex<String> index = index("10.0.0.0/8", "192.168.1.0/24", "2001:db8::/32", "203.0.113.7");
        assertEquals(Optional.of("10.0.0.0/8"), find(index, "10.9.9.9"));
        assertEquals(Optional.of("192.168.1.0/24"), find(index, "::ffff:192.168.1.200"));
        assertEquals(Optional.of("2001:db8::/32"), find(index, "2001:db8::dead"));
        assertEquals(Optional.of("203.0.113.7"), find(index, "203.0.113.7"));
        assertEquals(Optional.empty(), find(index, "203.0.113.8"));
        assertEquals(Optional.empty(), find(index, "11.0.0.0"));
        assertEquals(Optional.empty(), find(index, "::1"));
    }

    @Test
    void nestedRangesAreAnsweredByTheOutermostOne() {
        RangeIndex<String> index = index("10.1.2.0/24", "10.0.0.0/8", "10.1.0.0/16");
        assertEquals(Optional.of("10.0.0.0/8"), find(index, "10.1.2.3"));
        assertEquals(Optional.of("10.0.0.0/8"), find(index, "10.255.0.1"));
    }

    @Test
    void anEmptyIndexMatchesNothing() {
        assertTrue(RangeIndex.<String>empty().find(IpAddress.parse("1.2.3.4")).isEmpty());
    }

    @Test
    void agreesWithALinearScanOnTenThousandRandomRules() {
        Random random = new Random(42);
        List<String> rules = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rules.add(random.nextBoolean()
                    ? (random.nextInt(224)) + "." + random.nextInt(256) + "." + random.nextInt(256) + ".0/" + (8 + random.nextInt(25))
                    : String.format("2001:db8:%x::/%d", random.nextInt(0x10000), 32 + random.nextInt(97)));
        }
        List<CidrRange> ranges = rules.stream().map(CidrRange::parse).toList();
        RangeIndex<CidrRange> index = RangeIndex.of(ranges, Function.identity());
        for (int i = 0; i < 20_000; i++) {
            IpAddress ip = random.nextBoolean()
                    ? IpAddress.parse(random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256))
                    : IpAddress.parse(String.format("2001:db8:%x::%x", random.nextInt(0x10000), random.nextInt(0x10000)));
            boolean expected = ranges.stream().anyMatch(r -> r.contains(ip));
            Optional<CidrRange> found = index.find(ip);
            assertEquals(expected, found.isPresent(), ip.toString());
            found.ifPresent(r -> assertTrue(r.contains(ip)));
        }
    }

    @Test
    void looksUpInMicrosecondsWithTenThousandRules() {
        List<String> rules = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rules.add("10." + (i / 256) + "." + (i % 256) + ".0/24");
        }
        RangeIndex<String> index = index(rules.toArray(String[]::new));
        IpAddress probe = IpAddress.parse("172.16.0.1");
        for (int i = 0; i < 200_000; i++) {
            index.find(probe); // warm-up
        }
        long start = System.nanoTime();
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            index.find(IpAddress.parse("10.20.30.40"));
        }
        double micros = (System.nanoTime() - start) / 1000.0 / n;
        assertTrue(micros < 50, "parse + lookup took " + micros + " µs");
    }
}
