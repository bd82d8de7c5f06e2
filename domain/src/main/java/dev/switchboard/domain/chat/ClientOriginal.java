package dev.switchboard.domain.chat;

import java.util.Map;
import java.util.Objects;

/**
 * The request exactly as the client sent it, in its own wire {@code format} ("openai", "anthropic", ...). Opaque to
 * everything but the adapters of that format: an upstream speaking the same format sends it (model swapped) instead
 * of a translation, so fields the neutral model does not know still reach it. {@code headers} are the protocol
 * headers of that format the client sent that such an upstream should get too (Anthropic's
 * {@code anthropic-version} and {@code anthropic-beta}); never credentials.
 */
public record ClientOriginal(String format, Object request, Map<String, String> headers) {

    public ClientOriginal {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(request, "request");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public ClientOriginal(String format, Object request) {
        this(format, request, Map.of());
    }

    public boolean is(String wireFormat) {
        return format.equals(wireFormat);
    }

    @Override
    public String toString() {
        return "ClientOriginal[" + format + "]";
    }
}
