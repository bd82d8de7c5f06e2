package dev.switchboard.adapter.web.messages;

import dev.switchboard.adapter.web.error.ErrorEnvelope;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * On the Anthropic surface every error answer — the relay's refusals, the limits, the blocklist, a refused key, bad
 * JSON, an unknown route — is rewritten from the SPEC §6 envelope into Anthropic's
 * {@code {"type":"error","error":{"type","message"}}}, keeping its status and headers ({@code Retry-After}), so the
 * Anthropic SDKs raise their own error classes. The rest of the API keeps its envelope.
 */
@ServerFilter({MessagesController.MESSAGES, MessagesController.MESSAGES + "/**"})
class AnthropicErrorFilter implements Ordered {

    private static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);

    private final JsonMapper json;

    AnthropicErrorFilter(JsonMapper json) {
        this.json = json;
    }

    @ResponseFilter
    void rewriteErrors(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        if (status < 400) {
            return;
        }
        String message = message(response.getBody().orElse(null));
        response.getHeaders().contentType(MediaType.APPLICATION_JSON_TYPE);
        ((MutableHttpResponse<Object>) response).body(AnthropicErrors.body(AnthropicErrors.typeForStatus(status),
                message == null || message.isBlank() ? "the request failed with HTTP " + status : message));
    }

    /** The message of the envelope, whichever form the body is in by now. */
    private String message(Object body) {
        if (body instanceof ErrorEnvelope envelope) {
            return envelope.error().message();
        }
        Map<String, Object> parsed = null;
        try {
            if (body instanceof String text) {
                parsed = json.readValue(text.getBytes(StandardCharsets.UTF_8), JSON_OBJECT);
            } else if (body instanceof byte[] bytes) {
                parsed = json.readValue(bytes, JSON_OBJECT);
            } else if (body instanceof Map<?, ?> map) {
                parsed = (Map<String, Object>) map;
            }
        } catch (Exception notJson) {
            return null;
        }
        if (parsed != null && parsed.get("error") instanceof Map<?, ?> error && error.get("message") instanceof String m) {
            return m;
        }
        return null;
    }

    @Override
    public int getOrder() {
        // Early in the chain, so its response part also sees the answers later filters give without a controller
        // (the blocklist, the JSON-only check, a refused key or token).
        return HIGHEST_PRECEDENCE + 1;
    }
}
