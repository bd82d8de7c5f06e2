package dev.switchboard.adapter.web.security;

import dev.switchboard.application.port.in.auth.Principal;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;

/** Issues the signed access token for a principal who has just proved its credentials. */
@Singleton
public class TokenIssuer {

    private final TokenGenerator generator;
    private final int lifetimeSeconds;

    public TokenIssuer(TokenGenerator generator,
                       @Value("${micronaut.security.token.generator.access-token.expiration:86400}") int lifetimeSeconds) {
        this.generator = generator;
        this.lifetimeSeconds = lifetimeSeconds;
    }

    public String issue(Principal principal) {
        return generator.generateToken(Claims.of(principal), lifetimeSeconds)
                .orElseThrow(() -> new IllegalStateException("the token could not be signed"));
    }

    public int lifetimeSeconds() {
        return lifetimeSeconds;
    }
}
