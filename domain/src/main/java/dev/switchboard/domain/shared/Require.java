package dev.switchboard.domain.shared;

/** Small guards for compact constructors, so invariants read as one line each. */
public final class Require {

    private Require() {
    }

    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " must not be empty");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field, field + " must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    public static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, field + " must be between " + min + " and " + max);
        }
        return value;
    }

    public static long positiveId(String field, long value) {
        if (value <= 0) {
            throw new InvalidInputException(field, field + " must be a positive number");
        }
        return value;
    }
}
