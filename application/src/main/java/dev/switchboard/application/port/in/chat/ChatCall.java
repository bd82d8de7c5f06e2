package dev.switchboard.application.port.in.chat;

import dev.switchboard.domain.chat.ChatPrompt;
import java.util.Objects;

/**
 * A chat request as received: who sent it, the prompt, and whether a streaming client asked to be sent the
 * usage at the end (Switchboard always asks the upstream, so the row is exact either way), and whether the oldest
 * turns may be left out to fit the channel's context window (the browser chat only, SPEC §16).
 */
public record ChatCall(Requester requester, ChatPrompt prompt, boolean clientWantsUsage, boolean fitToWindow) {

    public ChatCall {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(prompt, "prompt");
    }

    /** A call sent as it is, never trimmed (the API surfaces: {@code /v1/*}). */
    public ChatCall(Requester requester, ChatPrompt prompt, boolean clientWantsUsage) {
        this(requester, prompt, clientWantsUsage, false);
    }
}
