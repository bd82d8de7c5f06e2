package dev.switchboard.adapter.upstream.openai;

import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.usage.TokenUsage;
import java.util.List;

/** What tests read from the events of a line or a stream: text, usage, finish, usage-only, closing line. */
record Seen(List<ChatEvent> events, boolean done) {

    static Seen of(UpstreamEvent event) {
        return new Seen(event.events(), event.wire() != null && event.wire().closesStream());
    }

    String text() {
        StringBuilder text = new StringBuilder();
        for (ChatEvent event : events) {
            if (event instanceof ChatEvent.ReasoningDelta r) {
                text.append(r.text());
            } else if (event instanceof ChatEvent.TextDelta t) {
                text.append(t.text());
            }
        }
        return text.toString();
    }

    TokenUsage usage() {
        TokenUsage last = null;
        for (ChatEvent event : events) {
            if (event instanceof ChatEvent.Usage u) {
                last = u.usage();
            }
        }
        return last;
    }

    boolean finished() {
        return events.stream().anyMatch(ChatEvent.Finish.class::isInstance);
    }

    boolean usageOnly() {
        return new UpstreamEvent(events, null, true).usageOnly();
    }
}
