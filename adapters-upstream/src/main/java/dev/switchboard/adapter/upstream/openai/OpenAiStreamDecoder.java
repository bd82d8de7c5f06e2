package dev.switchboard.adapter.upstream.openai;

import dev.switchboard.adapter.upstream.transport.StreamDecoder;
import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.application.port.out.chat.WireFrame;
import java.util.List;

/**
 * An OpenAI stream: every line goes on as it came (a {@link WireFrame} for OpenAI clients, no re-encoding) with
 * the events it carries; {@code data: [DONE]} closes it.
 */
final class OpenAiStreamDecoder implements StreamDecoder {

    static final String FORMAT = OpenAiFormat.NAME;

    private final ChunkInspector inspector;
    private boolean done;

    OpenAiStreamDecoder(ChunkInspector inspector) {
        this.inspector = inspector;
    }

    @Override
    public void line(byte[] line, List<UpstreamEvent> out) {
        boolean closing = ChunkInspector.isDone(line);
        done |= closing;
        out.add(new UpstreamEvent(closing ? List.of() : inspector.inspect(line), new WireFrame(FORMAT, line, closing),
                true));
    }

    @Override
    public void end(List<UpstreamEvent> out) {
        // lines carry everything; nothing is pending
    }

    @Override
    public boolean done() {
        return done;
    }
}
