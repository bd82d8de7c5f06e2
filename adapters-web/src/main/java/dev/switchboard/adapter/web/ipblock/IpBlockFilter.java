package dev.switchboard.adapter.web.ipblock;

import dev.switchboard.adapter.web.error.ErrorEnvelope;
import dev.switchboard.adapter.web.error.ErrorType;
import dev.switchboard.adapter.web.support.ClientIpResolver;
import dev.switchboard.application.port.in.ipblock.BlockedAttemptsUseCase;
import dev.switchboard.application.port.in.ipblock.CheckClientIpQuery;
import dev.switchboard.domain.ipblock.BlockedIp;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Optional;

/**
 * First check on the user side: a client whose IP is on the blocklist gets 403 {@code ip_blocked} before
 * token validation or any limit. The check is in memory and the attempt is queued, not written, so this
 * runs on the event loop without blocking it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class IpBlockFilter implements Ordered {

    private final ClientIpResolver clientIp;
    private final CheckClientIpQuery blocklist;
    private final BlockedAttemptsUseCase attempts;

    IpBlockFilter(ClientIpResolver clientIp, CheckClientIpQuery blocklist, BlockedAttemptsUseCase attempts) {
        this.clientIp = clientIp;
        this.blocklist = blocklist;
        this.attempts = attempts;
    }

    @RequestFilter
    @Nullable
    HttpResponse<ErrorEnvelope> rejectBlockedClients(HttpRequest<?> request) {
        String path = request.getPath();
        if (!UserSidePaths.isGuarded(path)) {
            return null;
        }
        String ip = clientIp.resolve(request);
        Optional<BlockedIp> rule = blocklist.blockingRule(ip);
        if (rule.isEmpty()) {
            return null;
        }
        attempts.record(ip, path, rule.get().rule());
        return HttpResponse.<ErrorEnvelope>status(HttpStatus.FORBIDDEN).body(ErrorType.IP_BLOCKED.envelope());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
