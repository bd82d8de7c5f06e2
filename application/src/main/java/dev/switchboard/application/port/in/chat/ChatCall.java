package dev.switchboard.application.port.in.chat;

import dev.switchboard.domain.chat.ChatPrompt;
import java.util.Objects;

/**
 * A chat request as received: who sent it, the prompt, and whether a streaming client asked to be sent the
 * usage at the end (Switchboard always asks the upstream, so the row is exact either way).
 */
public record ChatCall(Requester requester, ChatPrompt prompt, boolean clientWantsUsage) {

    public ChatCall {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(prompt, "prompt");
    }
}
