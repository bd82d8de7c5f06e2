package dev.switchboard.adapter.web.error;

import dev.switchboard.application.error.AccountDisabledException;
import dev.switchboard.application.error.ForbiddenException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Known callers who may not do something: 403 {@code forbidden}, or {@code account_disabled} for switched-off accounts. */
final class AccessHandlers {

    private AccessHandlers() {
    }

    /** A key's model or network rule, closed registration: 403 {@code forbidden}. */
    @Singleton
    static class Forbidden implements ExceptionHandler<ForbiddenException, HttpResponse<ErrorEnvelope>> {
        @Override
        public HttpResponse<ErrorEnvelope> handle(HttpRequest request, ForbiddenException e) {
            return HttpResponse.<ErrorEnvelope>status(HttpStatus.FORBIDDEN).body(ErrorType.FORBIDDEN.envelope(e.getMessage()));
        }
    }

    /** A disabled account signing in: 403 {@code account_disabled}. */
    @Singleton
    static class Disabled implements ExceptionHandler<AccountDisabledException, HttpResponse<ErrorEnvelope>> {
        @Override
        public HttpResponse<ErrorEnvelope> handle(HttpRequest request, AccountDisabledException e) {
            return HttpResponse.<ErrorEnvelope>status(HttpStatus.FORBIDDEN)
                    .body(ErrorType.ACCOUNT_DISABLED.envelope(e.getMessage()));
        }
    }
}
