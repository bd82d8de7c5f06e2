package dev.switchboard.domain.ipblock;

import java.time.Instant;
import java.util.Objects;

/** A request refused because its IP was blocked: who, where, which rule, when. {@code id} is null until stored. */
public record BlockedAttempt(Long id, String ipAddress, String path, String rule, Instant createdAt) {

    public static final int MAX_PATH = 2048;
    public static final int MAX_IP = 64;

    public BlockedAttempt {
        Objects.requireNonNull(ipAddress, "ipAddress");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(createdAt, "createdAt");
        ipAddress = cut(ipAddress, MAX_IP);
        path = cut(path, MAX_PATH);
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
