package dev.switchboard.application.port.out.chat;

import dev.switchboard.domain.usage.TokenUsage;

/**
 * One line of an upstream's SSE stream, kept as raw bytes so it is relayed intact, with what Switchboard
 * needs to know of it: the answer text it adds (content and reasoning, for estimating tokens), the usage it
 * reports, whether it carries nothing but usage, whether it is the closing {@code [DONE]}, and whether it
 * finishes the answer (a {@code finish_reason}) — a stream that ends with neither was cut off.
 *
 * <p>{@code lastOfRead} marks the last line of what one read from the upstream delivered: a relay may hold
 * the lines before it and write them to the client together, one write per upstream read rather than one per
 * line, without delaying any of them. An event made without it stands alone.
 */
public record UpstreamEvent(byte[] line, String text, TokenUsage usage, boolean usageOnly, boolean done,
                            boolean finished, boolean lastOfRead) {

    public UpstreamEvent(byte[] line, String text, TokenUsage usage, boolean usageOnly, boolean done,
                         boolean finished) {
        this(line, text, usage, usageOnly, done, finished, true);
    }

    public static UpstreamEvent passThrough(byte[] line) {
        return new UpstreamEvent(line, "", null, false, false, false);
    }

    /** The same event, marked as (not) the last line of its upstream read. */
    public UpstreamEvent lastOfRead(boolean last) {
        return last == lastOfRead ? this : new UpstreamEvent(line, text, usage, usageOnly, done, finished, last);
    }
}
