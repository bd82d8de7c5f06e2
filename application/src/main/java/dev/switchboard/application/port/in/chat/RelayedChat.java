package dev.switchboard.application.port.in.chat;

import dev.switchboard.application.port.out.chat.UpstreamEvent;
import java.util.concurrent.Flow;

/**
 * An accepted chat. A non-streaming one has its whole JSON {@link #body()}; a streaming one has
 * {@link #events()} to relay, passing each through {@link #keep(UpstreamEvent)}. The caller reports how
 * the delivery ended exactly once, which writes the usage row.
 */
public interface RelayedChat {

    boolean streaming();

    byte[] body();

    Flow.Publisher<UpstreamEvent> events();

    /** Whether the client should see this event (the usage chunk Switchboard asked for is held back). */
    boolean keep(UpstreamEvent event);

    void completed();

    void failed();

    void cancelled();
}
