package dev.switchboard.adapter.upstream.transport;

import dev.switchboard.application.port.out.chat.UpstreamFailure;
import dev.switchboard.application.port.out.chat.UpstreamReply;
import java.io.IOException;

/** How one provider reads the answer to one call: its stream, its whole answer, its refusals. */
public interface AnswerCodec {

    /** A fresh decoder for one streamed answer. */
    StreamDecoder streamDecoder();

    /** A whole 2xx answer; throws when it cannot be read. */
    UpstreamReply whole(byte[] body) throws IOException;

    /** A non-2xx answer as a fact: status, the provider's error type, a short message without secrets. */
    UpstreamFailure refusal(int status, byte[] body);
}
