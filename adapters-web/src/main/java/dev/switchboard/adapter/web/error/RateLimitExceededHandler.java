package dev.switchboard.adapter.web.error;

import dev.switchboard.application.error.RateLimitExceededException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Over a limit: 429 with {@code Retry-After} and the exact SPEC §6 body. */
@Singleton
public class RateLimitExceededHandler
        implements ExceptionHandler<RateLimitExceededException, HttpResponse<ErrorEnvelope>> {

    @Override
    public HttpResponse<ErrorEnvelope> handle(HttpRequest request, RateLimitExceededException e) {
        return tooManyRequests(e.retryAfterSeconds());
    }

    /** The 429 answer, also for filters that refuse before any controller runs. */
    public static MutableHttpResponse<ErrorEnvelope> tooManyRequests(int retryAfterSeconds) {
        ErrorType type = ErrorType.RATE_LIMIT_EXCEEDED;
        return HttpResponse.<ErrorEnvelope>status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds))
                .body(new ErrorEnvelope(new ApiError(type.wireName(), type.defaultMessage(), retryAfterSeconds)));
    }
}
