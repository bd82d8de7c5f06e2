package dev.switchboard.adapter.web.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** Signs and verifies tokens with HS256 and the secret from {@link TokenSecret}, not from a YAML value. */
@Factory
class JwtSignatureFactory {

    // Typed as the interface on purpose: SecretSignature itself is an @EachBean of configured secrets,
    // and returning it would carry that annotation over and leave tokens unsigned (alg "none").
    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration signature(TokenSecret secret) {
        SecretSignatureConfiguration config = new SecretSignatureConfiguration("generator");
        config.setSecret(secret.value());
        config.setJwsAlgorithm(JWSAlgorithm.HS256);
        return new SecretSignature(config);
    }
}
