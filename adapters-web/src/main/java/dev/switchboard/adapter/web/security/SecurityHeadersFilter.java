package dev.switchboard.adapter.web.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Puts the browser-side guards on every answer — pages, assets, API, errors, the API docs: a
 * Content-Security-Policy, no MIME sniffing, no framing, no cross-site referrer, and {@code no-store} on
 * the answers that carry tokens, account or admin data (so no shared or disk cache keeps them).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter implements Ordered {

    private static final String[] NO_STORE_PREFIXES = {"/api/auth/", "/api/admin/", "/api/keys", "/api/me/"};

    private final ContentSecurityPolicies policies;

    SecurityHeadersFilter(ContentSecurityPolicies policies) {
        this.policies = policies;
    }

    @ResponseFilter
    void guard(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        var headers = response.getHeaders();
        headers.set("Content-Security-Policy", policies.forPath(path));
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "same-origin");
        if (isPrivate(path)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    static boolean isPrivate(String path) {
        for (String prefix : NO_STORE_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return path.equals("/api/me") || path.equals("/api/auth");
    }

    @Override
    public int getOrder() {
        // First in the chain, so its response part also sees answers that a later filter (the IP
        // blocklist, security's 401/403, the JSON-only check) gave without reaching a controller.
        return HIGHEST_PRECEDENCE;
    }
}
