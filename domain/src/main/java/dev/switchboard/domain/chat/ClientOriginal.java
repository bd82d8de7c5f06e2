package dev.switchboard.domain.chat;

import java.util.Objects;

/**
 * The request exactly as the client sent it, in its own wire {@code format} ("openai", ...). Opaque to everything
 * but the adapters of that format: an upstream speaking the same format sends it (model swapped) instead of a
 * translation, so fields the neutral model does not know still reach it.
 */
public record ClientOriginal(String format, Object request) {

    public ClientOriginal {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(request, "request");
    }

    public boolean is(String wireFormat) {
        return format.equals(wireFormat);
    }

    @Override
    public String toString() {
        return "ClientOriginal[" + format + "]";
    }
}
