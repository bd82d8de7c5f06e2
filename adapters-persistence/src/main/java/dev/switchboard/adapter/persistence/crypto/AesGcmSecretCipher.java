package dev.switchboard.adapter.persistence.crypto;

import dev.switchboard.application.port.out.security.SecretCipher;
import dev.switchboard.domain.channel.SealedSecret;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce per value. Stored form: {@code v1:} + base64(nonce ‖ cipher ‖ tag).
 * The 256-bit key is the SHA-256 of the configured key material, so any high-entropy string works.
 */
public final class AesGcmSecretCipher implements SecretCipher {

    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();
    // Every chat opens its channel's key; a handful of channels need not pay a cipher set-up per request.
    private final Cache<String, String> opened = Caffeine.newBuilder().maximumSize(1_000).build();

    public AesGcmSecretCipher(String keyMaterial) {
        this.key = new SecretKeySpec(sha256(keyMaterial), "AES");
    }

    @Override
    public SealedSecret seal(String plainText) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plainText.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return new SealedSecret(VERSION + Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    @Override
    public String open(SealedSecret sealed) {
        return opened.get(sealed.cipherText(), this::decrypt);
    }

    private String decrypt(String text) {
        if (!text.startsWith(VERSION)) {
            throw new IllegalStateException("unknown secret format");
        }
        try {
            byte[] raw = Base64.getDecoder().decode(text.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, NONCE_BYTES));
            return new String(cipher.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Never echo the cipher text or the key: a wrong ENCRYPTION_KEY is the usual cause.
            throw new IllegalStateException("a stored secret cannot be decrypted; was ENCRYPTION_KEY changed?");
        }
    }

    private static byte[] sha256(String material) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
