package dev.switchboard.adapter.web.error;

import dev.switchboard.application.error.RateLimiterUnavailableException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** 503 {@code rate_limiter_unavailable} with Retry-After: the shared limits cannot be checked, so nothing passes unlimited. */
@Singleton
class LimiterUnavailableHandler implements ExceptionHandler<RateLimiterUnavailableException, HttpResponse<ErrorEnvelope>> {

    @Override
    public HttpResponse<ErrorEnvelope> handle(HttpRequest request, RateLimiterUnavailableException e) {
        return HttpResponse.<ErrorEnvelope>status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", Integer.toString(RateLimiterUnavailableException.RETRY_AFTER_SECONDS))
                .body(ErrorEnvelope.of("rate_limiter_unavailable",
                        "the rate limiter is unavailable; please try again in a few seconds"));
    }
}
