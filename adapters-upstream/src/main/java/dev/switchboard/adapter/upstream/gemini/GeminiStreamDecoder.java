package dev.switchboard.adapter.upstream.gemini;

import dev.switchboard.adapter.upstream.provider.Json;
import dev.switchboard.adapter.upstream.sse.SseEvents;
import dev.switchboard.adapter.upstream.transport.StreamDecoder;
import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.domain.chat.ChatEvent;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** A Gemini {@code alt=sse} stream to neutral events; it ends with the body (no closing event), usage last. */
final class GeminiStreamDecoder implements StreamDecoder {

    private final SseEvents sse = new SseEvents(GeminiProvider.MAX_EVENT);
    private final GeminiResponseReader reader = new GeminiResponseReader();
    private boolean failed;

    @Override
    public void line(byte[] line, List<UpstreamEvent> out) {
        SseEvents.Event event = sse.line(line);
        if (event != null) {
            decode(event, out);
        }
    }

    @Override
    public void end(List<UpstreamEvent> out) {
        SseEvents.Event event = sse.end();
        if (event != null) {
            decode(event, out);
        }
        if (!failed && reader.usage() != null) {
            out.add(UpstreamEvent.of(new ChatEvent.Usage(reader.usage())));
        }
    }

    @Override
    public boolean done() {
        return failed;
    }

    private void decode(SseEvents.Event event, List<UpstreamEvent> out) {
        if (failed) {
            return;
        }
        Map<String, Object> data;
        try {
            data = Json.object(event.data());
        } catch (IOException | RuntimeException e) {
            return;
        }
        reader.read(data, chatEvent -> {
            failed |= chatEvent instanceof ChatEvent.Error;
            out.add(UpstreamEvent.of(chatEvent));
        });
    }
}
