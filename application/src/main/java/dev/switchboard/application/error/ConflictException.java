package dev.switchboard.application.error;

/** The change would clash with existing data (a duplicate e-mail, rule, ...). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
