package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.security.PasswordHasher;

/** Fast, reversible stand-in for bcrypt in service tests; never used outside tests. */
public class PlainTextHasher implements PasswordHasher {

    @Override
    public String hash(String rawPassword) {
        return "plain:" + rawPassword;
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return hash.equals("plain:" + rawPassword);
    }
}
