package dev.switchboard.adapter.web.support;

import dev.switchboard.domain.ipblock.IpAddress;
import java.util.Optional;

/** One entry of X-Forwarded-For / X-Real-IP: a bare address, "[v6]", "[v6]:port" or "v4:port". */
final class ForwardedHop {

    private ForwardedHop() {
    }

    static Optional<IpAddress> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            s = close < 0 ? s : s.substring(1, close);
        } else if (s.indexOf(':') == s.lastIndexOf(':') && s.indexOf(':') > 0 && s.indexOf('.') > 0) {
            s = s.substring(0, s.indexOf(':'));
        }
        return IpAddress.tryParse(s);
    }
}
