package dev.switchboard.domain.ipblock;

import dev.switchboard.domain.shared.InvalidInputException;

/**
 * A single address or a CIDR range, IPv4 or IPv6. Host bits below the prefix are cleared, so
 * {@code 10.1.2.3/8} is {@code 10.0.0.0/8}. {@code prefix} counts in the 128-bit space (IPv4 /n is 96 + n);
 * IPv4 rules therefore also match IPv4-mapped IPv6 clients, and an IPv6 rule that covers
 * {@code ::ffff:0:0/96} (such as {@code ::/0}) also covers every IPv4 client.
 */
public record CidrRange(IpAddress network, int prefix) {

    public CidrRange {
        if (prefix < 0 || prefix > 128) {
            throw new IllegalArgumentException("prefix must be 0-128");
        }
        network = new IpAddress(network.high() & highMask(prefix), network.low() & lowMask(prefix));
    }

    /** Parses "1.2.3.4", "10.0.0.0/8", "2001:db8::/32", "::ffff:10.0.0.0/104"; 400-worthy message on error. */
    public static CidrRange parse(String text) {
        if (text == null || text.isBlank()) {
            throw IpLiteralParser.invalid("an IP address or CIDR range is required");
        }
        String s = text.strip();
        int slash = s.indexOf('/');
        IpAddress address = IpAddress.parse(slash < 0 ? s : s.substring(0, slash));
        boolean writtenAsIpv4 = s.substring(0, slash < 0 ? s.length() : slash).indexOf(':') < 0;
        int max = writtenAsIpv4 ? 32 : 128;
        if (slash < 0) {
            return new CidrRange(address, 128);
        }
        String digits = s.substring(slash + 1);
        boolean numeric = !digits.isEmpty() && digits.length() <= 3 && digits.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!numeric || Integer.parseInt(digits) > max) {
            throw new InvalidInputException("ip_address",
                    "'" + s + "' has an invalid prefix length: use /0 to /" + max + " for " + (writtenAsIpv4 ? "IPv4" : "IPv6"));
        }
        int length = Integer.parseInt(digits);
        return new CidrRange(address, writtenAsIpv4 ? 96 + length : length);
    }

    public boolean contains(IpAddress address) {
        return (address.high() & highMask(prefix)) == network.high() && (address.low() & lowMask(prefix)) == network.low();
    }

    public IpAddress first() {
        return network;
    }

    public IpAddress last() {
        return new IpAddress(network.high() | ~highMask(prefix), network.low() | ~lowMask(prefix));
    }

    /** Canonical text: the bare address for one host, else network/length in the family it belongs to. */
    @Override
    public String toString() {
        boolean ipv4 = network.isIpv4() && prefix >= 96;
        int shown = ipv4 ? prefix - 96 : prefix;
        if (prefix == 128) {
            return network.toString();
        }
        return network + "/" + shown;
    }

    private static long highMask(int prefix) {
        return prefix >= 64 ? -1L : prefix == 0 ? 0 : -1L << (64 - prefix);
    }

    private static long lowMask(int prefix) {
        return prefix <= 64 ? 0 : prefix == 128 ? -1L : -1L << (128 - prefix);
    }
}
