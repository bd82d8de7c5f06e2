package dev.switchboard.application.service.chat;

import dev.switchboard.application.policy.chat.StreamEndPolicy;
import dev.switchboard.application.port.in.chat.RelayedChat;
import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.application.port.out.chat.WireFrame;
import dev.switchboard.domain.chat.ChatEvent;
import java.util.List;
import java.util.concurrent.Flow;

/** A whole answer, already read and logged; nothing is left to account for. */
record CompleteChat(String model, List<ChatEvent> answer, WireFrame body) implements RelayedChat {

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
    public StreamEndPolicy.Ending completed() {
        return StreamEndPolicy.Ending.FINISHED;
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
