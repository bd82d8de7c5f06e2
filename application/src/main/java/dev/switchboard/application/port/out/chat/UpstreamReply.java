package dev.switchboard.application.port.out.chat;

import dev.switchboard.domain.usage.TokenUsage;
import java.util.concurrent.Flow;

/**
 * An upstream's 2xx answer. Streaming: {@code events} (cancelling the subscription closes the upstream
 * connection). Non-streaming: the whole JSON {@code body}, its usage if reported and the answer text.
 */
public record UpstreamReply(Flow.Publisher<UpstreamEvent> events, byte[] body, TokenUsage usage, String text) {

    public static UpstreamReply streaming(Flow.Publisher<UpstreamEvent> events) {
        return new UpstreamReply(events, null, null, "");
    }

    public static UpstreamReply complete(byte[] body, TokenUsage usage, String text) {
        return new UpstreamReply(null, body, usage, text);
    }
}
