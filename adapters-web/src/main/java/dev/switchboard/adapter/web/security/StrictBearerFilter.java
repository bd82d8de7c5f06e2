package dev.switchboard.adapter.web.security;

import dev.switchboard.adapter.web.error.ErrorEnvelope;
import dev.switchboard.adapter.web.error.ErrorType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.filters.SecurityFilter;

/**
 * Micronaut treats a bad token on an anonymous endpoint as "no token", so a tampered or expired token
 * would silently chat as a guest. Here a bearer token that did not authenticate is a 401, everywhere but
 * {@code /metrics}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class StrictBearerFilter implements Ordered {

    private static final String BEARER = "bearer ";

    @RequestFilter
    @Nullable
    HttpResponse<ErrorEnvelope> rejectUnverifiedTokens(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        boolean hasToken = header != null && header.length() > BEARER.length()
                && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && !header.substring(BEARER.length()).isBlank();
        // /metrics also takes METRICS_TOKEN, which is no JWT; its controller checks it (or an admin JWT) itself.
        if (!hasToken || request.getAttribute(SecurityFilter.AUTHENTICATION).isPresent()
                || request.getPath().equals("/metrics")) {
            return null;
        }
        return HttpResponse.<ErrorEnvelope>status(HttpStatus.UNAUTHORIZED)
                .body(ErrorType.UNAUTHORIZED.envelope("the token is invalid or expired; sign in again"));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
