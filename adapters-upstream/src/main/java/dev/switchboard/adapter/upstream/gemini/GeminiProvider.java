package dev.switchboard.adapter.upstream.gemini;

import dev.switchboard.adapter.upstream.provider.ErrorBodies;
import dev.switchboard.adapter.upstream.provider.Json;
import dev.switchboard.adapter.upstream.provider.Provider;
import dev.switchboard.adapter.upstream.transport.AnswerCodec;
import dev.switchboard.adapter.upstream.transport.StreamDecoder;
import dev.switchboard.adapter.upstream.transport.UpstreamRequest;
import dev.switchboard.application.port.out.chat.UpstreamCall;
import dev.switchboard.application.port.out.chat.UpstreamFailure;
import dev.switchboard.application.port.out.chat.UpstreamReply;
import dev.switchboard.domain.channel.ChannelType;
import dev.switchboard.domain.chat.ChatEvent;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Gemini channels (generativelanguage v1beta): requests, streams, whole answers and refusals translated. */
@Singleton
public class GeminiProvider implements Provider, AnswerCodec {

    static final int MAX_EVENT = 8 * 1024 * 1024;

    @Override
    public ChannelType type() {
        return ChannelType.GEMINI;
    }

    @Override
    public UpstreamRequest request(UpstreamCall call) {
        return GeminiRequestMapper.request(call);
    }

    @Override
    public AnswerCodec codec(UpstreamCall call) {
        return this;
    }

    @Override
    public StreamDecoder streamDecoder() {
        return new GeminiStreamDecoder();
    }

    @Override
    public UpstreamReply whole(byte[] body) throws IOException {
        GeminiResponseReader reader = new GeminiResponseReader();
        List<ChatEvent> events = new ArrayList<>();
        reader.read(Json.object(body), events::add);
        if (reader.usage() != null) {
            events.add(new ChatEvent.Usage(reader.usage()));
        }
        return UpstreamReply.complete(events, null);
    }

    /** {@code {"error":{"code","message","status"}}}: 429 RESOURCE_EXHAUSTED and 503 UNAVAILABLE among them. */
    @Override
    public UpstreamFailure refusal(int status, byte[] body) {
        ErrorBodies.Parsed error = ErrorBodies.parse(body);
        return ErrorBodies.failure(status, error.type(), error.message());
    }
}
