package dev.switchboard.application.service.chat;

import dev.switchboard.application.policy.chat.StreamEndPolicy;
import dev.switchboard.application.policy.chat.UsagePolicy;
import dev.switchboard.application.port.out.chat.TokenCounter;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.usage.TokenUsage;
import java.util.List;

/**
 * What an answer said that the usage row needs: the upstream's last usage report, the answer's text (to estimate
 * tokens without one), whether it finished, and the error it reported. Fed from one thread at a time.
 */
final class AnswerTally {

    /**
     * Text kept for estimating tokens when the upstream reports none: beyond this, the count of the kept part
     * is scaled by length — an answer stuck in a repetition loop must not grow the heap or keep the event loop
     * counting megabytes of tokens.
     */
    static final int MAX_ESTIMATE_CHARS = 64 * 1024;

    private final StringBuilder answer = new StringBuilder();
    private long answerLength;
    private volatile TokenUsage reported;
    private volatile boolean finished;
    private volatile boolean closed;
    private volatile ChatEvent.Error error;

    void add(ChatEvent event) {
        if (event instanceof ChatEvent.TextDelta t) {
            text(t.text());
        } else if (event instanceof ChatEvent.ReasoningDelta r) {
            text(r.text());
        } else if (event instanceof ChatEvent.ToolCallDelta c) {
            text(c.name());
            text(c.arguments());
        } else if (event instanceof ChatEvent.Usage u) {
            reported = u.usage();
        } else if (event instanceof ChatEvent.Finish) {
            finished = true;
        } else if (event instanceof ChatEvent.Error e) {
            error = e;
        }
    }

    void addAll(List<ChatEvent> events) {
        for (ChatEvent event : events) {
            add(event);
        }
    }

    /** The upstream closed the stream the way its format does (OpenAI's [DONE]). */
    void closed() {
        closed = true;
    }

    StreamEndPolicy.Ending ending() {
        return StreamEndPolicy.judge(finished, closed, error);
    }

    private void text(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        synchronized (answer) {
            answerLength += text.length();
            int room = MAX_ESTIMATE_CHARS - answer.length();
            if (room > 0) {
                answer.append(text, 0, Math.min(room, text.length()));
            }
        }
    }

    TokenUsage usage(List<ChatMessage> prompt, TokenCounter tokens) {
        return UsagePolicy.choose(reported, () -> estimate(prompt, tokens));
    }

    private TokenUsage estimate(List<ChatMessage> prompt, TokenCounter tokens) {
        String text;
        long length;
        synchronized (answer) {
            text = answer.toString();
            length = answerLength;
        }
        long completion = tokens.textTokens(text);
        if (length > text.length() && !text.isEmpty()) {
            completion = Math.round((double) completion * length / text.length());
        }
        return new TokenUsage(tokens.promptTokens(prompt), (int) Math.min(Integer.MAX_VALUE, completion));
    }
}
