package dev.switchboard.domain.ipblock;

import dev.switchboard.domain.shared.InvalidInputException;

/** Strict parsing of IPv4 dotted quads and IPv6 literals (with "::" and an embedded IPv4 tail). */
final class IpLiteralParser {

    private static final String FIELD = "ip_address";

    private IpLiteralParser() {
    }

    static IpAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("an IP address is required");
        }
        String s = text.strip();
        if (s.length() > 45) {
            throw invalid("'" + s.substring(0, 45) + "…' is not an IP address");
        }
        return s.indexOf(':') < 0 ? IpAddress.ofIpv4(ipv4(s, s)) : ipv6(s);
    }

    private static long ipv4(String s, String whole) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            throw invalid("'" + whole + "' is not an IPv4 address (expected four numbers like 192.168.1.10)");
        }
        long bits = 0;
        for (String part : parts) {
            boolean digits = !part.isEmpty() && part.length() <= 3 && part.chars().allMatch(c -> c >= '0' && c <= '9');
            if (!digits || (part.length() > 1 && part.charAt(0) == '0') || Integer.parseInt(part) > 255) {
                throw invalid("'" + whole + "' is not an IPv4 address (each part must be 0-255, no leading zeros)");
            }
            bits = (bits << 8) | Integer.parseInt(part);
        }
        return bits;
    }

    private static IpAddress ipv6(String s) {
        if (s.indexOf('%') >= 0) {
            throw invalid("'" + s + "': IPv6 zone ids (%...) are not allowed");
        }
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            throw invalid("'" + s + "' is not an IPv6 address (\"::\" may appear only once)");
        }
        int[] head = groups(gap < 0 ? s : s.substring(0, gap), gap < 0, s);
        int[] tail = gap < 0 ? new int[0] : groups(s.substring(gap + 2), true, s);
        int explicit = head.length + tail.length;
        if ((gap < 0 && explicit != 8) || (gap >= 0 && explicit > 7)) {
            throw invalid("'" + s + "' is not an IPv6 address (it needs eight groups, or fewer with \"::\")");
        }
        int[] all = new int[8];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, 8 - tail.length, tail.length);
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            if (i < 4) {
                high = (high << 16) | all[i];
            } else {
                low = (low << 16) | all[i];
            }
        }
        return new IpAddress(high, low);
    }

    private static int[] groups(String part, boolean ipv4TailAllowed, String whole) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] items = part.split(":", -1);
        boolean dottedTail = ipv4TailAllowed && items[items.length - 1].indexOf('.') >= 0;
        int[] out = new int[items.length + (dottedTail ? 1 : 0)];
        for (int i = 0; i < items.length; i++) {
            String item = items[i];
            if (dottedTail && i == items.length - 1) {
                long v4 = ipv4(item, whole);
                out[i] = (int) (v4 >>> 16);
                out[i + 1] = (int) (v4 & 0xffff);
                continue;
            }
            boolean hex = !item.isEmpty() && item.length() <= 4 && item.chars().allMatch(IpLiteralParser::isHexDigit);
            if (!hex) {
                throw invalid("'" + whole + "' is not an IPv6 address (groups are 1-4 hex digits)");
            }
            out[i] = Integer.parseInt(item, 16);
        }
        return out;
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static InvalidInputException invalid(String message) {
        return new InvalidInputException(FIELD, message);
    }
}
