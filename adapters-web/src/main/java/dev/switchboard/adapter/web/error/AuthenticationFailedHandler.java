package dev.switchboard.adapter.web.error;

import dev.switchboard.application.error.AuthenticationFailedException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Wrong credentials: 401 {@code unauthorized}, without saying which half was wrong. */
@Singleton
public class AuthenticationFailedHandler
        implements ExceptionHandler<AuthenticationFailedException, HttpResponse<ErrorEnvelope>> {

    @Override
    public HttpResponse<ErrorEnvelope> handle(HttpRequest request, AuthenticationFailedException e) {
        return HttpResponse.<ErrorEnvelope>status(HttpStatus.UNAUTHORIZED)
                .body(ErrorType.UNAUTHORIZED.envelope("wrong email/username or password"));
    }
}
