package dev.switchboard.application.port.out.security;

import dev.switchboard.domain.channel.SealedSecret;

/** Reversible encryption of secrets at rest, such as channel API keys. */
public interface SecretCipher {

    SealedSecret seal(String plainText);

    String open(SealedSecret sealed);
}
