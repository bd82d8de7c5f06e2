package dev.switchboard.application.service.chat;

import dev.switchboard.application.port.in.chat.RelayedChat;
import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.application.port.out.chat.WireFrame;
import dev.switchboard.application.policy.chat.StreamEndPolicy;
import dev.switchboard.domain.chat.ChatEvent;
import java.util.List;
import java.util.concurrent.Flow;

/** An accepted chat whose oldest turns were left out to fit the channel's window: says how many. */
record TrimmedChat(RelayedChat chat, int trimmed) implements RelayedChat {

    @Override
    public boolean streaming() {
        return chat.streaming();
    }

    @Override
    public String model() {
        return chat.model();
    }

    @Override
    public List<ChatEvent> answer() {
        return chat.answer();
    }

    @Override
    public WireFrame body() {
        return chat.body();
    }

    @Override
    public Flow.Publisher<UpstreamEvent> events() {
        return chat.events();
    }

    @Override
    public boolean keep(UpstreamEvent event) {
        return chat.keep(event);
    }

    @Override
    public StreamEndPolicy.Ending completed() {
        return chat.completed();
    }

    @Override
    public void failed() {
        chat.failed();
    }

    @Override
    public void cancelled() {
        chat.cancelled();
    }
}
