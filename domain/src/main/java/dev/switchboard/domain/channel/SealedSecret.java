package dev.switchboard.domain.channel;

import java.util.Objects;

/** A secret as stored: cipher text only. Its string form never shows the content. */
public record SealedSecret(String cipherText) {

    public SealedSecret {
        Objects.requireNonNull(cipherText, "cipherText");
    }

    @Override
    public String toString() {
        return "SealedSecret[***]";
    }
}
