package dev.switchboard.adapter.web.security;

import dev.switchboard.adapter.web.error.ErrorEnvelope;
import dev.switchboard.adapter.web.error.ErrorType;
import dev.switchboard.application.port.in.auth.SessionCheckQuery;
import dev.switchboard.domain.user.Role;
import dev.switchboard.domain.user.SessionRule;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import java.util.Optional;

/**
 * Right after sign-in from the token or key: refuses what a valid signature alone would let through — a
 * refused API key (401, or 403 outside its networks / for a disabled owner), and a token whose account is
 * gone, disabled, logged out or on an older token version, or that has no expiry. All from memory.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SessionGateFilter implements Ordered {

    private final SessionCheckQuery sessions;

    SessionGateFilter(SessionCheckQuery sessions) {
        this.sessions = sessions;
    }

    @RequestFilter
    @Nullable
    HttpResponse<ErrorEnvelope> gate(HttpRequest<?> request) {
        Optional<KeyRefusal> refusal = request.getAttribute(KeyRefusal.ATTRIBUTE, KeyRefusal.class);
        if (refusal.isPresent()) {
            return switch (refusal.get().outcome()) {
                case OUTSIDE_NETWORK -> refuse(ErrorType.FORBIDDEN, "this API key may not be used from your network");
                case OWNER_DISABLED -> refuse(ErrorType.ACCOUNT_DISABLED, ErrorType.ACCOUNT_DISABLED.defaultMessage());
                default -> refuse(ErrorType.UNAUTHORIZED, "the API key is invalid, revoked or expired");
            };
        }
        Optional<Authentication> authentication = request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class);
        if (authentication.isEmpty() || Claims.key(authentication.get()).isPresent()) {
            return null; // anonymous, or a key already checked with its owner by the fetcher
        }
        Authentication auth = authentication.get();
        Optional<Role> role = Claims.role(auth);
        if (role.isEmpty()) {
            return refuse(ErrorType.UNAUTHORIZED, "the token is invalid or expired; sign in again");
        }
        SessionRule.Verdict verdict = sessions.check(role.get(), Claims.id(auth), Claims.tokenVersion(auth),
                Claims.expiry(auth).isPresent(), Claims.tokenId(auth));
        return switch (verdict) {
            case VALID -> null;
            case DISABLED -> refuse(ErrorType.ACCOUNT_DISABLED, ErrorType.ACCOUNT_DISABLED.defaultMessage());
            case GONE -> refuse(ErrorType.UNAUTHORIZED, "this account no longer exists");
            default -> refuse(ErrorType.UNAUTHORIZED, "this session has ended; sign in again");
        };
    }

    private static HttpResponse<ErrorEnvelope> refuse(ErrorType type, String message) {
        return HttpResponse.<ErrorEnvelope>status(HttpStatus.valueOf(type.status())).body(type.envelope(message));
    }

    @Override
    public int getOrder() {
        // after the security filter has read the token, before the strict-bearer check answers a generic 401
        return ServerFilterPhase.SECURITY.order() + 1;
    }
}
