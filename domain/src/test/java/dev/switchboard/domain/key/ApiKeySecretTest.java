package dev.switchboard.domain.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeySecretTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aNewKeyIsSbAndFortyThreeBase64UrlCharacters() {
        ApiKeySecret key = ApiKeySecret.generate(random);
        assertTrue(key.value().matches("sb-[A-Za-z0-9_-]{43}"), key.value());
        assertEquals(46, key.value().length());
        assertEquals(key.value().substring(0, 8), key.prefix());
        assertEquals(key.value().substring(42), key.last4());
    }

    @Test
    void tenThousandKeysAreAllDifferentAndUseTheWholeAlphabet() {
        Set<String> keys = new HashSet<>();
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String value = ApiKeySecret.generate(random).value();
            keys.add(value);
            value.substring(3).chars().forEach(c -> seen.add((char) c));
        }
        assertEquals(10_000, keys.size());
        assertEquals(64, seen.size(), "every base64url character shows up: the 32 bytes are really random");
    }

    @Test
    void theHashIsTheLowerCaseHexSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeySecret.hashOf("abc"));
        ApiKeySecret key = ApiKeySecret.generate(random);
        assertEquals(ApiKeySecret.hashOf(key.value()), key.hash());
        assertNotEquals(key.hash(), ApiKeySecret.generate(random).hash());
    }

    @Test
    void onlyTextOfTheRightShapeIsAKeyAndToStringNeverShowsIt() {
        assertFalse(ApiKeySecret.hasKeyShape(null));
        assertFalse(ApiKeySecret.hasKeyShape("sb-short"));
        assertFalse(ApiKeySecret.hasKeyShape("sk-" + "a".repeat(43)));
        assertFalse(ApiKeySecret.hasKeyShape("sb-" + "a".repeat(42) + "="));
        assertFalse(ApiKeySecret.hasKeyShape("sb-" + "a".repeat(44)));
        assertThrows(IllegalArgumentException.class, () -> new ApiKeySecret("sb-nope"));
        ApiKeySecret key = ApiKeySecret.generate(random);
        assertFalse(key.toString().contains(key.value().substring(8)));
    }
}
