package dev.switchboard.application.error;

/** Credentials did not match; deliberately says nothing about which part was wrong. */
public class AuthenticationFailedException extends RuntimeException {
    public AuthenticationFailedException() {
        super("invalid credentials");
    }
}
