package dev.switchboard.adapter.upstream.openai;

import dev.switchboard.adapter.upstream.provider.ErrorBodies;
import dev.switchboard.application.port.out.chat.UpstreamFailure;

/**
 * An OpenAI-compatible refusal as a fact: the status, {@code error.type} (or {@code error.code}, where
 * {@code insufficient_quota} lives) and the message, scrubbed of anything key-like.
 */
final class OpenAiErrorMapper {

    private OpenAiErrorMapper() {
    }

    static UpstreamFailure refusal(int status, byte[] body) {
        ErrorBodies.Parsed error = ErrorBodies.parse(body);
        String type = "insufficient_quota".equals(error.code()) ? error.code() : error.type();
        return ErrorBodies.failure(status, type, error.message());
    }
}
