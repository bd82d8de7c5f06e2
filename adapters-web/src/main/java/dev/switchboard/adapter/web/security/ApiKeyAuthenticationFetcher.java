package dev.switchboard.adapter.web.security;

import dev.switchboard.adapter.web.support.ClientIpResolver;
import dev.switchboard.application.port.in.key.AuthenticateApiKeyQuery;
import dev.switchboard.application.port.in.key.KeyCheck;
import dev.switchboard.domain.key.ApiKeySecret;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Signs in {@code /v1/*} calls that carry an API key ({@code Authorization: Bearer sb-…} or
 * {@code x-api-key: sb-…}) as the key's owner, from memory. A refused key leaves a {@link KeyRefusal} on the
 * request for {@link SessionGateFilter} to answer; the key text itself goes nowhere.
 */
@Singleton
class ApiKeyAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    static final String API_KEY_HEADER = "x-api-key";
    private static final String BEARER = "bearer ";

    private final AuthenticateApiKeyQuery keys;
    private final ClientIpResolver clientIp;

    ApiKeyAuthenticationFetcher(AuthenticateApiKeyQuery keys, ClientIpResolver clientIp) {
        this.keys = keys;
        this.clientIp = clientIp;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String presented = presentedKey(request);
        if (presented == null) {
            return Mono.empty();
        }
        KeyCheck check = keys.check(presented, clientIp.resolve(request));
        if (check.outcome() != KeyCheck.Outcome.GRANTED) {
            request.setAttribute(KeyRefusal.ATTRIBUTE, new KeyRefusal(check.outcome()));
            return Mono.empty();
        }
        return Mono.just(Claims.of(check.grant(), check.grant().ownerEmail()));
    }

    /** The key of a /v1 or /api/me/ call: an x-api-key header, or a bearer value shaped like a key (not a JWT). */
    static String presentedKey(HttpRequest<?> request) {
        if (!request.getPath().startsWith("/v1/") && !request.getPath().startsWith("/api/me/")) {
            return null;
        }
        String header = request.getHeaders().get(API_KEY_HEADER);
        if (header != null) {
            return header.strip();
        }
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = authorization.substring(BEARER.length()).strip();
            return token.startsWith(ApiKeySecret.PREFIX) ? token : null;
        }
        return null;
    }

    @Override
    public int getOrder() {
        return -100; // before the JWT fetcher, which would only fail on an sb- value
    }
}
