package dev.switchboard.adapter.web.error;

import dev.switchboard.application.error.ModelNotFoundException;
import dev.switchboard.adapter.web.support.ApiTime;
import dev.switchboard.application.error.NoCapacityException;
import dev.switchboard.application.error.QuotaExceededException;
import dev.switchboard.application.error.RateLimitExceededException;
import dev.switchboard.application.error.UpstreamRejectedException;
import dev.switchboard.application.error.UpstreamUnavailableException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** The relay's refusals in the exact SPEC §6 bodies. */
final class RelayErrorHandlers {

    private RelayErrorHandlers() {
    }

    /** 429 with Retry-After and {@code retry_after}: the user or IP is over its limit. */
    @Singleton
    static class RateLimited implements ExceptionHandler<RateLimitExceededException, HttpResponse<String>> {
        @Override
        public HttpResponse<String> handle(HttpRequest request, RateLimitExceededException e) {
            int wait = e.retryAfterSeconds();
            return HttpResponse.<String>status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", Integer.toString(wait))
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(SpecBodies.rateLimited(wait));
        }
    }

    /** 429 {@code quota_exceeded} with {@code reset_at} and a Retry-After until then (SPEC §14). */
    @Singleton
    static class QuotaExceeded implements ExceptionHandler<QuotaExceededException, HttpResponse<String>> {
        private final ApiTime time;
        private final Clock clock;

        QuotaExceeded(ApiTime time, Clock clock) {
            this.time = time;
            this.clock = clock;
        }

        @Override
        public HttpResponse<String> handle(HttpRequest request, QuotaExceededException e) {
            long wait = Math.max(1, Duration.between(clock.instant(), e.resetAt()).toSeconds());
            return HttpResponse.<String>status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", Long.toString(wait))
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(SpecBodies.quotaExceeded(time.format(e.resetAt())));
        }
    }

    /** 502: every channel tried failed. */
    @Singleton
    static class Unavailable implements ExceptionHandler<UpstreamUnavailableException, HttpResponse<String>> {
        @Override
        public HttpResponse<String> handle(HttpRequest request, UpstreamUnavailableException e) {
            return HttpResponse.<String>status(HttpStatus.BAD_GATEWAY)
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(SpecBodies.UPSTREAM_ERROR);
        }
    }

    /** 503 with Retry-After: no channel of the model has room in its RPM window. */
    @Singleton
    static class NoCapacity implements ExceptionHandler<NoCapacityException, HttpResponse<String>> {
        @Override
        public HttpResponse<String> handle(HttpRequest request, NoCapacityException e) {
            return HttpResponse.<String>status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", Integer.toString(e.retryAfterSeconds()))
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(SpecBodies.UPSTREAM_ERROR);
        }
    }

    /** 404 {@code model_not_found}. */
    @Singleton
    static class UnknownModel implements ExceptionHandler<ModelNotFoundException, HttpResponse<ErrorEnvelope>> {
        @Override
        public HttpResponse<ErrorEnvelope> handle(HttpRequest request, ModelNotFoundException e) {
            return HttpResponse.<ErrorEnvelope>status(HttpStatus.NOT_FOUND)
                    .body(ErrorType.MODEL_NOT_FOUND.envelope(e.getMessage()));
        }
    }

    /** 400: the upstream refused the request's content (bad parameter, too many tokens, ...). */
    @Singleton
    static class Rejected implements ExceptionHandler<UpstreamRejectedException, HttpResponse<ErrorEnvelope>> {
        @Override
        public HttpResponse<ErrorEnvelope> handle(HttpRequest request, UpstreamRejectedException e) {
            return HttpResponse.badRequest(ErrorType.INVALID_REQUEST.envelope(e.getMessage()));
        }
    }
}
