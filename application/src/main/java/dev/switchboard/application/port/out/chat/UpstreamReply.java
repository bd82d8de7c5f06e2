package dev.switchboard.application.port.out.chat;

import dev.switchboard.domain.chat.ChatEvent;
import java.util.List;
import java.util.concurrent.Flow;

/**
 * An upstream's 2xx answer. Streaming: {@code events} (cancelling the subscription closes the upstream
 * connection). Whole: the answer folded into {@code answer} events, and the upstream's own body as a
 * {@link WireFrame} for a client of the same format.
 */
public record UpstreamReply(Flow.Publisher<UpstreamEvent> events, List<ChatEvent> answer, WireFrame body) {

    public static UpstreamReply streaming(Flow.Publisher<UpstreamEvent> events) {
        return new UpstreamReply(events, List.of(), null);
    }

    public static UpstreamReply complete(List<ChatEvent> answer, WireFrame body) {
        return new UpstreamReply(null, List.copyOf(answer), body);
    }
}
