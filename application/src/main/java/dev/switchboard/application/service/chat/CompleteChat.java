package dev.switchboard.application.service.chat;

import dev.switchboard.application.port.in.chat.RelayedChat;
import dev.switchboard.application.port.out.chat.UpstreamEvent;
import java.util.concurrent.Flow;

/** A non-streaming answer, already read whole and logged; nothing is left to account for. */
record CompleteChat(byte[] body) implements RelayedChat {

    @Override
    public boolean streaming() {
        return false;
    }

    @Override
    public Flow.Publisher<UpstreamEvent> events() {
        return null;
    }

    @Override
    public boolean keep(UpstreamEvent event) {
        return true;
    }

    @Override
    public void completed() {
        // logged when the answer arrived
    }

    @Override
    public void failed() {
        // logged when the answer arrived
    }

    @Override
    public void cancelled() {
        // logged when the answer arrived
    }
}
