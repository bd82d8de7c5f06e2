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
        int data = ChunkInspector.dataStart(line);
        boolean closing = data >= 0 && ChunkInspector.isDone(line, data);
        done |= closing;
        // not yet the last of its read: the transport marks that one when the read completes
        out.add(new UpstreamEvent(closing || data < 0 ? List.of() : inspector.inspect(line, data),
                new WireFrame(FORMAT, line, closing), false));
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
