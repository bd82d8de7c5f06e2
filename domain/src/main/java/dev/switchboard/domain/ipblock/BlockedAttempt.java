package dev.switchboard.domain.ipblock;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Requests refused because their IP was blocked, tallied per (IP, path, rule, minute): who, where, which
 * rule, the minute they started in ({@code createdAt}) and how many there were. {@code id} is null until stored.
 */
public record BlockedAttempt(Long id, String ipAddress, String path, String rule, Instant createdAt, long count) {

    /** Paths are cut to this length: the tally's key is indexed, and the rest of a long path tells nothing. */
    public static final int MAX_PATH = 1024;
    public static final int MAX_IP = 64;

    public BlockedAttempt {
        Objects.requireNonNull(ipAddress, "ipAddress");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(createdAt, "createdAt");
        if (count < 1) {
            throw new IllegalArgumentException("an attempt tally counts at least one request");
        }
        ipAddress = cut(ipAddress, MAX_IP);
        path = cut(path, MAX_PATH);
    }

    /** A tally of one request at exactly {@code createdAt}. */
    public BlockedAttempt(Long id, String ipAddress, String path, String rule, Instant createdAt) {
        this(id, ipAddress, path, rule, createdAt, 1);
    }

    /** One refused request at {@code at}, in the tally of its minute. */
    public static BlockedAttempt one(String ipAddress, String path, String rule, Instant at) {
        return new BlockedAttempt(null, ipAddress, path, rule, minuteOf(at), 1);
    }

    /** The start of the minute {@code at} falls in: the tallies' time key. */
    public static Instant minuteOf(Instant at) {
        return at.truncatedTo(ChronoUnit.MINUTES);
    }

    /** The same tally with {@code more} requests added. */
    public BlockedAttempt plus(long more) {
        return new BlockedAttempt(id, ipAddress, path, rule, createdAt, count + more);
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
