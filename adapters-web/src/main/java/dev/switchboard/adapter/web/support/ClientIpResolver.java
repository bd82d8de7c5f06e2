package dev.switchboard.adapter.web.support;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * The client's IP address for limits, the blocklist and the usage log. For now the socket's peer;
 * forwarded headers must only be honoured from trusted proxies (guardrails issue).
 */
@Singleton
public class ClientIpResolver {

    public String resolve(HttpRequest<?> request) {
        return request.getRemoteAddress().getAddress().getHostAddress();
    }
}
