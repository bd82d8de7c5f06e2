package dev.switchboard.application.port.out.chat;

import java.util.Objects;

/**
 * Bytes of an upstream's answer in its own wire {@code format}, opaque to the application: when the client speaks
 * the same format they are relayed as they are (one SSE line, or a whole JSON body) instead of re-encoding the
 * events they mean. {@code closesStream}: this line ends the stream in that format (OpenAI's {@code [DONE]}).
 */
public record WireFrame(String format, byte[] bytes, boolean closesStream) {

    public WireFrame {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(bytes, "bytes");
    }

    public boolean is(String wireFormat) {
        return format.equals(wireFormat);
    }
}
