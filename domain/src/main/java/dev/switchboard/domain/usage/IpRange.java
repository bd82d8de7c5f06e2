package dev.switchboard.domain.usage;

import dev.switchboard.domain.ipblock.CidrRange;
import dev.switchboard.domain.ipblock.IpAddress;
import dev.switchboard.domain.shared.InvalidInputException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * An IP filter of the usage log: one address or a CIDR block, IPv4 or IPv6, held as the range of its
 * 32-hex-digit keys. A key is the 128-bit address (IPv4 mapped into {@code ::ffff:0:0/96}) in fixed-width
 * lower-case hex, so keys sort like the addresses and a CIDR block is one {@code BETWEEN} on an indexed
 * column. Parsing is the blocklist's ({@link CidrRange}): one reading of IP text in the whole product.
 */
public record IpRange(String lowKey, String highKey) {

    private static final HexFormat HEX = HexFormat.of();

    public IpRange {
        if (lowKey == null || highKey == null || lowKey.compareTo(highKey) > 0) {
            throw new IllegalArgumentException("an IP range needs low <= high");
        }
    }

    /** Reads {@code 203.0.113.7}, {@code 10.0.0.0/8}, {@code 2001:db8::/32}; never resolves host names. */
    public static IpRange parse(String text) {
        CidrRange range;
        try {
            range = CidrRange.parse(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("ip", "ip must be an IP address or a CIDR block such as 10.0.0.0/8: "
                    + e.getMessage());
        }
        return new IpRange(key(range.first()), key(range.last()));
    }

    /** The sortable key of an address as the server saw it; empty when it is not an IP literal. */
    public static Optional<String> keyOf(String address) {
        if (address == null) {
            return Optional.empty();
        }
        int scope = address.indexOf('%');
        return IpAddress.tryParse(scope < 0 ? address.strip() : address.substring(0, scope)).map(IpRange::key);
    }

    public boolean contains(String address) {
        return keyOf(address).map(key -> key.compareTo(lowKey) >= 0 && key.compareTo(highKey) <= 0).orElse(false);
    }

    public boolean isSingleAddress() {
        return lowKey.equals(highKey);
    }

    private static String key(IpAddress address) {
        return HEX.toHexDigits(address.high()) + HEX.toHexDigits(address.low());
    }
}
