package dev.switchboard.domain.shared;

/** Raised when a value breaks a domain invariant; names the offending field for the caller. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
