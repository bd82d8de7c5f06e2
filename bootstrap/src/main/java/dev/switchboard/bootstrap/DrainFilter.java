package dev.switchboard.bootstrap;

import dev.switchboard.adapter.web.error.ErrorEnvelope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * While draining, a request arriving on a kept-alive connection gets 503 {@code shutting_down} (and the
 * connection is closed), so the load balancer retries it elsewhere; probes still answer.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class DrainFilter implements Ordered {

    private final Drain drain;

    DrainFilter(Drain drain) {
        this.drain = drain;
    }

    @RequestFilter
    @Nullable
    HttpResponse<ErrorEnvelope> refuseWhileDraining(HttpRequest<?> request) {
        if (!drain.draining() || request.getPath().startsWith("/health")) {
            return null;
        }
        return HttpResponse.<ErrorEnvelope>status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "1")
                .header("Connection", "close")
                .body(ErrorEnvelope.of("shutting_down", "this instance is shutting down; please retry"));
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
