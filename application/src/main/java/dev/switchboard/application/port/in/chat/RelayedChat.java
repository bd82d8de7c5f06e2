package dev.switchboard.application.port.in.chat;

import dev.switchboard.application.policy.chat.StreamEndPolicy;
import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.application.port.out.chat.WireFrame;
import dev.switchboard.domain.chat.ChatEvent;
import java.util.List;
import java.util.concurrent.Flow;

/**
 * An accepted chat, answered under the {@link #model()} the client asked for. A whole one has its
 * {@link #answer()} events and, from an upstream of the client's format, its {@link #body()} to send as it is;
 * a streaming one has {@link #events()} to relay, passing each through {@link #keep(UpstreamEvent)}. The caller
 * reports how the delivery ended exactly once, which writes the usage row.
 */
public interface RelayedChat {

    boolean streaming();

    String model();

    List<ChatEvent> answer();

    WireFrame body();

    Flow.Publisher<UpstreamEvent> events();

    /** Whether the client should see this step (the usage chunk Switchboard asked for is held back). */
    boolean keep(UpstreamEvent event);

    /** The events ran out: says whether the stream finished properly or must end with an error for the client. */
    StreamEndPolicy.Ending completed();

    void failed();

    /** How many of the oldest messages were left out to fit the channel's context window. */
    default int trimmed() {
        return 0;
    }

    void cancelled();
}
