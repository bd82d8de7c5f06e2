package dev.switchboard.bootstrap;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import java.util.Map;

/**
 * {@code /health} tells everyone whether the service is up, and only an admin what it runs on (database URL
 * and version, indicator details): those help an attacker and mean nothing to a user. Micronaut can only
 * show details to "any signed-in user", so they are cut here for everyone else.
 */
@ServerFilter({"/health", "/health/**"})
class HealthDetailsFilter {

    private static final String ADMIN = "ADMIN";

    @ResponseFilter
    @SuppressWarnings("unchecked")
    void statusOnlyUnlessAdmin(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (isAdmin(request)) {
            return;
        }
        response.getBody()
                .filter(HealthResult.class::isInstance)
                .map(body -> ((HealthResult) body).getStatus().getName())
                .ifPresent(status -> ((MutableHttpResponse<Object>) response).body(Map.of("status", status)));
    }

    private static boolean isAdmin(HttpRequest<?> request) {
        return request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class)
                .map(a -> a.getRoles().contains(ADMIN))
                .orElse(false);
    }
}
