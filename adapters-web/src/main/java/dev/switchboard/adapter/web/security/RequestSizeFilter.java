package dev.switchboard.adapter.web.security;

import dev.switchboard.adapter.web.error.ErrorEnvelope;
import dev.switchboard.adapter.web.error.ErrorType;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Set;

/**
 * Holds every route but the two chat routes to {@code MAX_REQUEST_BYTES}. The server's own limit
 * ({@code micronaut.server.max-request-size}) is set to {@code MAX_CHAT_REQUEST_BYTES}, large enough for a chat
 * with four images as data URLs (SPEC §16); Micronaut has no per-route limit, so this filter refuses a larger
 * declared {@code Content-Length} anywhere else before the body is read — with the same 400 as the server's limit.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestSizeFilter implements Ordered {

    /**
     * The routes that may carry images or a coding agent's long context: the browser's chat, the same chat for
     * OpenAI SDKs, the Responses API (Codex) and Anthropic's Messages API (Claude Code sends megabytes of
     * conversation) with its token count.
     */
    static final Set<String> LARGE_BODY_PATHS = Set.of("/api/chat/completions", "/v1/chat/completions",
            "/v1/responses", "/v1/messages", "/v1/messages/count_tokens");

    private final long limit;

    RequestSizeFilter(@Value("${switchboard.max-request-bytes:1048576}") long limit) {
        this.limit = limit;
    }

    @RequestFilter
    @Nullable
    HttpResponse<ErrorEnvelope> refuseLargeBodies(HttpRequest<?> request) {
        if (request.getContentLength() <= limit || LARGE_BODY_PATHS.contains(request.getPath())) {
            return null;
        }
        return HttpResponse.badRequest(ErrorType.INVALID_REQUEST.envelope("the request body is too large"));
    }

    @Override
    public int getOrder() {
        // Next to the JSON-only check: after the IP blocklist, before anything reads the body.
        return ServerFilterPhase.SECURITY.before() + 2;
    }
}
