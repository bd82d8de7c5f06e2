package dev.switchboard.adapter.upstream.transport;

import dev.switchboard.application.port.out.chat.UpstreamEvent;
import java.util.List;

/**
 * Turns the lines of one streamed answer (terminators dropped, as {@code SseLineReader} cuts them) into
 * {@link UpstreamEvent}s. Stateful, one per stream, called on one thread; no I/O.
 */
public interface StreamDecoder {

    void line(byte[] line, List<UpstreamEvent> out);

    /** The body ended: whatever is still pending goes out. */
    void end(List<UpstreamEvent> out);

    /** Whether the stream's closing event came (OpenAI's [DONE], Anthropic's message_stop): nothing follows. */
    boolean done();
}
