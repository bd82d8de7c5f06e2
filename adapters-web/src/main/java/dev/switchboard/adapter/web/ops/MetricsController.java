package dev.switchboard.adapter.web.ops;

import dev.switchboard.adapter.web.error.ErrorEnvelope;
import dev.switchboard.adapter.web.error.ErrorType;
import dev.switchboard.adapter.web.security.Claims;
import dev.switchboard.application.port.in.ops.MetricsQuery;
import dev.switchboard.domain.user.Role;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code /metrics} in the Prometheus text format, for a scraper holding {@code METRICS_TOKEN} (as a Bearer
 * token) or an admin's JWT. Without a configured token only admins can read it.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class MetricsController {

    static final String PATH = "/metrics";
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final MetricsQuery metrics;
    private final byte[] token;

    MetricsController(MetricsQuery metrics, @Value("${switchboard.metrics.token:}") String token) {
        this.metrics = metrics;
        this.token = token.isBlank() ? null : ("Bearer " + token.strip()).getBytes(StandardCharsets.UTF_8);
    }

    @Get(PATH)
    HttpResponse<?> scrape(@Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
                           @Nullable Authentication authentication) {
        if (!holdsToken(authorization) && !isAdmin(authentication)) {
            return HttpResponse.<ErrorEnvelope>status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(ErrorType.UNAUTHORIZED.envelope("send METRICS_TOKEN or an admin token as a Bearer token"));
        }
        return HttpResponse.ok(metrics.scrape()).contentType(PROMETHEUS_TEXT).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private boolean holdsToken(String authorization) {
        // Constant-time: the comparison must not tell how much of a guess was right.
        return token != null && authorization != null
                && MessageDigest.isEqual(token, authorization.strip().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isAdmin(Authentication authentication) {
        return authentication != null && Claims.role(authentication).orElse(null) == Role.ADMIN;
    }
}
