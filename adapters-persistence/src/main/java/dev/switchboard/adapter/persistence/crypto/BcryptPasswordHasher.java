package dev.switchboard.adapter.persistence.crypto;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import dev.switchboard.application.port.out.security.PasswordHasher;

/**
 * bcrypt ($2a$) via at.favre.lib. bcrypt reads at most 72 bytes, yet a 128-character password
 * (say in Chinese) can be 384 bytes: such passwords are pre-hashed with SHA-512 instead of being
 * refused or silently truncated. The cost is configurable so tests can run at the minimum.
 */
public final class BcryptPasswordHasher implements PasswordHasher {

    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.hashSha512(VERSION);

    private final int cost;

    public BcryptPasswordHasher(int cost) {
        this.cost = cost;
    }

    @Override
    public String hash(String rawPassword) {
        return BCrypt.with(VERSION, LONG_PASSWORDS).hashToString(cost, rawPassword.toCharArray());
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return BCrypt.verifyer(VERSION, LONG_PASSWORDS).verify(rawPassword.toCharArray(), hash).verified;
    }
}
