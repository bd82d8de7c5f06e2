package dev.switchboard.domain.user;

import dev.switchboard.domain.shared.InvalidInputException;

/** Rule for new passwords: 8 to 128 characters (bcrypt only reads the first 72 bytes, longer is pointless). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static String check(String raw) {
        if (raw == null || raw.length() < MIN_LENGTH || raw.length() > MAX_LENGTH) {
            throw new InvalidInputException("password",
                    "password must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters");
        }
        return raw;
    }
}
