package dev.switchboard.domain.ipblock;

import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.shared.Require;
import java.time.Instant;
import java.util.Objects;

/** A blocklist entry: one address or a CIDR range, with the admin's optional reason. {@code id} is null until stored. */
public record BlockedIp(BlockedIpId id, CidrRange range, String reason, Instant createdAt) {

    public static final int MAX_REASON = 500;

    public BlockedIp {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(createdAt, "createdAt");
        reason = reason == null || reason.isBlank() ? null : Require.noControlCharactersButLineBreaks("reason", reason.strip());
        if (reason != null && reason.length() > MAX_REASON) {
            throw new InvalidInputException("reason",
                    "reason must be at most " + MAX_REASON + " characters");
        }
    }

    /** The rule as stored and shown: canonical address or CIDR text. */
    public String rule() {
        return range.toString();
    }
}
