package dev.switchboard.adapter.persistence.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.domain.channel.SealedSecret;
import org.junit.jupiter.api.Test;

class AesGcmSecretCipherTest {

    private final AesGcmSecretCipher cipher = new AesGcmSecretCipher("a-long-random-encryption-key-material");

    @Test
    void roundTripsAndNeverContainsThePlainText() {
        SealedSecret sealed = cipher.seal("sk-live-密钥-123456");
        assertFalse(sealed.cipherText().contains("sk-live"));
        assertEquals("sk-live-密钥-123456", cipher.open(sealed));
    }

    @Test
    void usesAFreshNonceForEveryValue() {
        assertNotEquals(cipher.seal("same").cipherText(), cipher.seal("same").cipherText());
    }

    @Test
    void refusesToOpenWithAnotherKeyOrAfterTampering() {
        SealedSecret sealed = cipher.seal("secret-value");
        assertThrows(IllegalStateException.class, () -> new AesGcmSecretCipher("another-key-entirely-xxxxxxxx").open(sealed));
        String text = sealed.cipherText();
        byte[] raw = java.util.Base64.getDecoder().decode(text.substring(3));
        raw[raw.length / 2] ^= 0x01;
        String tampered = "v1:" + java.util.Base64.getEncoder().encodeToString(raw);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> cipher.open(new SealedSecret(tampered)));
        assertFalse(e.getMessage().contains(text));
    }
}
