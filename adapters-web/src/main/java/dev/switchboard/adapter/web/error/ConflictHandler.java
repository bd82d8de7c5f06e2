package dev.switchboard.adapter.web.error;

import dev.switchboard.application.error.ConflictException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A duplicate: 409 {@code conflict}. */
@Singleton
public class ConflictHandler implements ExceptionHandler<ConflictException, HttpResponse<ErrorEnvelope>> {

    @Override
    public HttpResponse<ErrorEnvelope> handle(HttpRequest request, ConflictException e) {
        return HttpResponse.<ErrorEnvelope>status(HttpStatus.CONFLICT).body(ErrorType.CONFLICT.envelope(e.getMessage()));
    }
}
