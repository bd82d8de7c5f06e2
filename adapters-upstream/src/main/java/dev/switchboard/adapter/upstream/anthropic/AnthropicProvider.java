package dev.switchboard.adapter.upstream.anthropic;

import dev.switchboard.adapter.upstream.provider.ErrorBodies;
import dev.switchboard.adapter.upstream.provider.Provider;
import dev.switchboard.adapter.upstream.transport.AnswerCodec;
import dev.switchboard.adapter.upstream.transport.StreamDecoder;
import dev.switchboard.adapter.upstream.transport.UpstreamRequest;
import dev.switchboard.application.port.out.chat.UpstreamCall;
import dev.switchboard.application.port.out.chat.UpstreamFailure;
import dev.switchboard.application.port.out.chat.UpstreamReply;
import dev.switchboard.application.port.out.chat.WireFrame;
import dev.switchboard.domain.channel.ChannelType;
import jakarta.inject.Singleton;
import java.io.IOException;

/** Anthropic channels (Messages API): requests, streams, whole answers and refusals translated. */
@Singleton
public class AnthropicProvider implements Provider, AnswerCodec {

    /** The largest event data kept; a single event is small, the whole answer streams through many. */
    static final int MAX_EVENT = 8 * 1024 * 1024;

    @Override
    public ChannelType type() {
        return ChannelType.ANTHROPIC;
    }

    @Override
    public UpstreamRequest request(UpstreamCall call) {
        return AnthropicRequestMapper.request(call);
    }

    @Override
    public AnswerCodec codec(UpstreamCall call) {
        return this;
    }

    @Override
    public StreamDecoder streamDecoder() {
        return new AnthropicStreamDecoder();
    }

    @Override
    public UpstreamReply whole(byte[] body) throws IOException {
        return UpstreamReply.complete(AnthropicAnswerDecoder.decode(body), new WireFrame(AnthropicFormat.NAME, body, false));
    }

    /** {@code {"type":"error","error":{"type","message"}}}; 529 {@code overloaded_error} among them. */
    @Override
    public UpstreamFailure refusal(int status, byte[] body) {
        ErrorBodies.Parsed error = ErrorBodies.parse(body);
        return ErrorBodies.failure(status, error.type(), error.message());
    }
}
