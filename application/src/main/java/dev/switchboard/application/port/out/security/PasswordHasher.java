package dev.switchboard.application.port.out.security;

/** One-way password hashing; slow on purpose, so callers keep it off event loops. */
public interface PasswordHasher {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);
}
