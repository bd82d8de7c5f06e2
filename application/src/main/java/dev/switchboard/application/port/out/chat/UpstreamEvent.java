package dev.switchboard.application.port.out.chat;

import dev.switchboard.domain.usage.TokenUsage;

/**
 * One line of an upstream's SSE stream, kept as raw bytes so it is relayed intact, with what Switchboard
 * needs to know of it: the answer text it adds (content and reasoning, for estimating tokens), the usage it
 * reports, whether it carries nothing but usage, whether it is the closing {@code [DONE]}, and whether it
 * finishes the answer (a {@code finish_reason}) — a stream that ends with neither was cut off.
 */
public record UpstreamEvent(byte[] line, String text, TokenUsage usage, boolean usageOnly, boolean done,
                            boolean finished) {

    public static UpstreamEvent passThrough(byte[] line) {
        return new UpstreamEvent(line, "", null, false, false, false);
    }
}
