package dev.switchboard.adapter.web.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts Micronaut's own errors (unknown route, 405, 415, unreadable JSON, body too large, security
 * rejections) into the SPEC §6 envelope instead of its default JSON or HTML body.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class EnvelopeErrorResponseProcessor implements ErrorResponseProcessor<ErrorEnvelope> {

    private static final Logger LOG = LoggerFactory.getLogger(EnvelopeErrorResponseProcessor.class);

    @Override
    @NonNull
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<ErrorEnvelope> processResponse(@NonNull ErrorContext context,
                                                              @NonNull MutableHttpResponse<?> response) {
        int status = response.code();
        boolean tooLarge = status == HttpStatus.REQUEST_ENTITY_TOO_LARGE.getCode();
        if (tooLarge) {
            // Issue contract: an oversized body is an invalid request (400), not a 413.
            response.status(HttpStatus.BAD_REQUEST);
        }
        ErrorType type = ErrorType.forStatus(status);
        String message = tooLarge ? "the request body is too large" : message(context, type, status);
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<ErrorEnvelope>) response;
        }
        return ((MutableHttpResponse<ErrorEnvelope>) response)
                .body(type.envelope(message))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static String message(ErrorContext context, ErrorType type, int status) {
        if (status >= 500) {
            // Internal details (SQL, class names, secrets in URLs) never leave the server.
            context.getRootCause().ifPresent(e -> LOG.error("request {} {} failed",
                    context.getRequest().getMethod(), context.getRequest().getPath(), e));
            return type.defaultMessage();
        }
        if (status == 400 && context.hasErrors()) {
            return BadInputMessages.describe(context.getErrors().get(0).getMessage());
        }
        return type.defaultMessage();
    }
}
