package dev.switchboard.adapter.persistence.crypto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {

    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

    @Test
    void producesABcryptHashThatVerifiesOnlyTheSamePassword() {
        String hash = hasher.hash("correct horse battery");
        assertTrue(hash.startsWith("$2a$04$"));
        assertTrue(hasher.matches("correct horse battery", hash));
        assertFalse(hasher.matches("correct horse batterY", hash));
    }

    @Test
    void acceptsTheLongestAllowedPasswordEvenBeyondBcrypts72Bytes() {
        String longPassword = "密".repeat(128);
        String hash = hasher.hash(longPassword);
        assertTrue(hasher.matches(longPassword, hash));
    }
}
