package dev.switchboard.application.error;

/** The caller is known but may not do this (a key's model or network rule, closed registration): 403. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message, null, false, false);
    }
}
