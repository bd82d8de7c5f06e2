package dev.switchboard.adapter.upstream.openai;

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

/** OpenAI-compatible channels: bytes relayed as they come, read only for what the usage row needs. */
@Singleton
public class OpenAiProvider implements Provider, AnswerCodec {

    private final ChunkInspector inspector = new ChunkInspector();

    @Override
    public ChannelType type() {
        return ChannelType.OPENAI;
    }

    @Override
    public UpstreamRequest request(UpstreamCall call) {
        return OpenAiRequestMapper.request(call);
    }

    @Override
    public AnswerCodec codec(UpstreamCall call) {
        return this;
    }

    @Override
    public StreamDecoder streamDecoder() {
        return new OpenAiStreamDecoder(inspector);
    }

    @Override
    public UpstreamReply whole(byte[] body) throws IOException {
        return UpstreamReply.complete(inspector.answer(body), new WireFrame(OpenAiFormat.NAME, body, false));
    }

    @Override
    public UpstreamFailure refusal(int status, byte[] body) {
        return OpenAiErrorMapper.refusal(status, body);
    }
}
