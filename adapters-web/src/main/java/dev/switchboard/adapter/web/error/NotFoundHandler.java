package dev.switchboard.adapter.web.error;

import dev.switchboard.application.error.NotFoundException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** An unknown id: 404 {@code not_found}. */
@Singleton
public class NotFoundHandler implements ExceptionHandler<NotFoundException, HttpResponse<ErrorEnvelope>> {

    @Override
    public HttpResponse<ErrorEnvelope> handle(HttpRequest request, NotFoundException e) {
        return HttpResponse.<ErrorEnvelope>status(HttpStatus.NOT_FOUND).body(ErrorType.NOT_FOUND.envelope(e.getMessage()));
    }
}
