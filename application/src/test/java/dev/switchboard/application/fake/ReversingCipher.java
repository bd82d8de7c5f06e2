package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.security.SecretCipher;
import dev.switchboard.domain.channel.SealedSecret;

/** Stand-in cipher for service tests: the cipher text is the reversed plain text. */
public class ReversingCipher implements SecretCipher {

    @Override
    public SealedSecret seal(String plainText) {
        return new SealedSecret("rev:" + new StringBuilder(plainText).reverse());
    }

    @Override
    public String open(SealedSecret sealed) {
        return new StringBuilder(sealed.cipherText().substring(4)).reverse().toString();
    }
}
