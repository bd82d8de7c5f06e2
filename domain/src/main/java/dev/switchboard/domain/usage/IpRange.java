package dev.switchboard.domain.usage;

import dev.switchboard.domain.shared.InvalidInputException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IP filter: one address or a CIDR block, IPv4 or IPv6, held as the range of its 32-hex-digit keys.
 * A key is the 128-bit address (IPv4 mapped into {@code ::ffff:0:0/96}) in fixed-width lower-case hex,
 * so keys sort like the addresses and a CIDR block is one {@code BETWEEN} on an indexed column.
 */
public record IpRange(String lowKey, String highKey) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final HexFormat HEX = HexFormat.of();

    public IpRange {
        if (lowKey == null || highKey == null || lowKey.compareTo(highKey) > 0) {
            throw new IllegalArgumentException("an IP range needs low <= high");
        }
    }

    /** Reads {@code 203.0.113.7}, {@code 10.0.0.0/8}, {@code 2001:db8::/32}; never resolves host names. */
    public static IpRange parse(String text) {
        String value = text == null ? "" : text.strip();
        int slash = value.indexOf('/');
        byte[] address = bytes(slash < 0 ? value : value.substring(0, slash))
                .orElseThrow(() -> invalid(text));
        int prefix = 128;
        if (slash >= 0) {
            int bits = prefixLength(value.substring(slash + 1), text);
            int max = isMappedV4(value.substring(0, slash)) ? 32 : 128;
            if (bits > max) {
                throw invalid(text);
            }
            prefix = max == 32 ? 96 + bits : bits;
        }
        byte[] low = address.clone();
        byte[] high = address.clone();
        for (int bit = prefix; bit < 128; bit++) {
            low[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
            high[bit / 8] |= (byte) (0x80 >>> (bit % 8));
        }
        return new IpRange(HEX.formatHex(low), HEX.formatHex(high));
    }

    /** The sortable key of an address as the server saw it; empty when it is not an IP literal. */
    public static Optional<String> keyOf(String address) {
        if (address == null) {
            return Optional.empty();
        }
        int scope = address.indexOf('%');
        return bytes(scope < 0 ? address.strip() : address.substring(0, scope)).map(HEX::formatHex);
    }

    public boolean contains(String address) {
        return keyOf(address).map(key -> key.compareTo(lowKey) >= 0 && key.compareTo(highKey) <= 0).orElse(false);
    }

    public boolean isSingleAddress() {
        return lowKey.equals(highKey);
    }

    private static Optional<byte[]> bytes(String literal) {
        if (IPV4.matcher(literal).matches()) {
            byte[] v4 = new byte[4];
            String[] parts = literal.split("\\.");
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(parts[i]);
                if (octet > 255) {
                    return Optional.empty();
                }
                v4[i] = (byte) octet;
            }
            return Optional.of(mapped(v4));
        }
        if (!IPV6.matcher(literal).matches()) {
            return Optional.empty();
        }
        try {
            // A string with a colon is parsed as an IPv6 literal or refused: no DNS lookup happens.
            byte[] raw = InetAddress.getByName(literal).getAddress();
            return Optional.of(raw.length == 16 ? raw : mapped(raw));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static byte[] mapped(byte[] v4) {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(v4, 0, mapped, 12, 4);
        return mapped;
    }

    private static boolean isMappedV4(String literal) {
        return IPV4.matcher(literal.strip()).matches();
    }

    private static int prefixLength(String digits, String text) {
        if (!digits.matches("\\d{1,3}")) {
            throw invalid(text);
        }
        return Integer.parseInt(digits);
    }

    private static InvalidInputException invalid(String text) {
        return new InvalidInputException("ip", "ip must be an IP address or a CIDR block such as 10.0.0.0/8");
    }
}
