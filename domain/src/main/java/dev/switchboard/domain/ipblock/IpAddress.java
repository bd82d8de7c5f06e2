package dev.switchboard.domain.ipblock;

import dev.switchboard.domain.shared.InvalidInputException;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address as 128 bits; IPv4 lives in the IPv4-mapped block {@code ::ffff:0:0/96}, so
 * {@code 1.2.3.4} and {@code ::ffff:1.2.3.4} are the same address. Parsed from literals only, never DNS.
 */
public record IpAddress(long high, long low) implements Comparable<IpAddress> {

    static final long MAPPED_PREFIX = 0xffffL;

    public static IpAddress parse(String text) {
        return IpLiteralParser.parse(text);
    }

    /** Like {@link #parse} but empty on bad input, for untrusted header values. */
    public static Optional<IpAddress> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    static IpAddress ofIpv4(long bits32) {
        return new IpAddress(0, (MAPPED_PREFIX << 32) | (bits32 & 0xffffffffL));
    }

    public boolean isIpv4() {
        return high == 0 && (low >>> 32) == MAPPED_PREFIX;
    }

    /** Orders addresses as unsigned 128-bit numbers. */
    @Override
    public int compareTo(IpAddress other) {
        int byHigh = Long.compareUnsigned(high, other.high);
        return byHigh != 0 ? byHigh : Long.compareUnsigned(low, other.low);
    }

    /** Dotted quad for IPv4 (mapped or not), RFC 5952 text for IPv6. */
    @Override
    public String toString() {
        return isIpv4() ? ipv4Text() : ipv6Text();
    }

    private String ipv4Text() {
        return ((low >>> 24) & 0xff) + "." + ((low >>> 16) & 0xff) + "." + ((low >>> 8) & 0xff) + "." + (low & 0xff);
    }

    private String ipv6Text() {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            long word = i < 4 ? high : low;
            groups[i] = (int) ((word >>> (48 - 16 * (i % 4))) & 0xffff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
