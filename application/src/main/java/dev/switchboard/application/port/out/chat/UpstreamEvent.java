package dev.switchboard.application.port.out.chat;

import dev.switchboard.domain.chat.ChatEvent;
import java.util.List;

/**
 * One step of a streamed answer: the neutral {@code events} it carries (possibly none: a comment, a keep-alive)
 * and, when the upstream's own bytes can be relayed to a client of the same format, those bytes ({@code wire},
 * else null).
 *
 * <p>{@code lastOfRead} marks the last step of what one read from the upstream delivered: a relay may hold the
 * steps before it and write them to the client together, one write per upstream read rather than one per step,
 * without delaying any of them. A step made without it stands alone.
 */
public record UpstreamEvent(List<ChatEvent> events, WireFrame wire, boolean lastOfRead) {

    public UpstreamEvent {
        events = events == null ? List.of() : events;
    }

    public static UpstreamEvent of(ChatEvent event) {
        return new UpstreamEvent(List.of(event), null, true);
    }

    /** Whether it says nothing but usage (the chunk a client gets only when it asks for usage). */
    public boolean usageOnly() {
        if (events.isEmpty()) {
            return false;
        }
        for (ChatEvent event : events) {
            if (!(event instanceof ChatEvent.Usage)) {
                return false;
            }
        }
        return true;
    }

    /** The same step, marked as (not) the last of its upstream read. */
    public UpstreamEvent lastOfRead(boolean last) {
        return last == lastOfRead ? this : new UpstreamEvent(events, wire, last);
    }
}
