package dev.switchboard.domain.shared;

/** Small guards for compact constructors, so invariants read as one line each. */
public final class Require {

    private Require() {
    }

    /** Trimmed, non-empty, at most {@code maxLength} characters, and no control characters (NUL, newline, ...). */
    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " must not be empty");
        }
        noControlCharacters(field, value);
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field, field + " must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    /**
     * Refuses control characters: invisible in the console, they let one value pass for another ("admin\u0000"),
     * break log lines and CSV cells, and NUL truncates strings in C-based tools.
     */
    public static String noControlCharacters(String field, String value) {
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, field + " must not contain control characters");
        }
        return value;
    }

    /** For free text such as a reason: line breaks and tabs are fine, other control characters (NUL) are not. */
    public static String noControlCharactersButLineBreaks(String field, String value) {
        if (value != null && value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidInputException(field, field + " must not contain control characters");
        }
        return value;
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
