package dev.switchboard.adapter.web.error;

import dev.switchboard.domain.shared.InvalidInputException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A broken domain invariant is the caller's mistake: 400 {@code invalid_request} with the rule's message. */
@Singleton
public class InvalidInputHandler implements ExceptionHandler<InvalidInputException, HttpResponse<ErrorEnvelope>> {

    @Override
    public HttpResponse<ErrorEnvelope> handle(HttpRequest request, InvalidInputException e) {
        return HttpResponse.badRequest(ErrorType.INVALID_REQUEST.envelope(e.getMessage()));
    }
}
