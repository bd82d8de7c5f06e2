package dev.switchboard.domain.key;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret text of an API key: {@code sb-} and 43 base64url characters (32 random bytes). Only its SHA-256
 * is stored; {@link #hash} is what a presented key is looked up by. {@code toString} never shows the key.
 */
public record ApiKeySecret(String value) {

    public static final String PREFIX = "sb-";
    public static final int LENGTH = PREFIX.length() + 43;
    private static final int RANDOM_BYTES = 32;

    public ApiKeySecret {
        if (!hasKeyShape(value)) {
            throw new IllegalArgumentException("not an API key");
        }
    }

    public static ApiKeySecret generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new ApiKeySecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** True for text with the key's format; says nothing about whether such a key exists. */
    public static boolean hasKeyShape(String text) {
        if (text == null || text.length() != LENGTH || !text.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            char c = text.charAt(i);
            boolean base64url = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
            if (!base64url) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case hex SHA-256 of any presented text (so a malformed key costs the same as a good one). */
    public static String hashOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public String hash() {
        return hashOf(value);
    }

    /** The first 8 characters ({@code sb-} and 5 more), shown in lists to tell keys apart. */
    public String prefix() {
        return value.substring(0, 8);
    }

    public String last4() {
        return value.substring(LENGTH - 4);
    }

    @Override
    public String toString() {
        return "ApiKeySecret[" + prefix() + "…]";
    }
}
