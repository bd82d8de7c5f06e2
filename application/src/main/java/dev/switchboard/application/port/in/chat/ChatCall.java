package dev.switchboard.application.port.in.chat;

import dev.switchboard.domain.chat.ChatPrompt;
import dev.switchboard.domain.usage.Endpoint;
import java.util.Objects;

/**
 * A chat request as received: who sent it, the prompt, and whether a streaming client asked to be sent the
 * usage at the end (Switchboard always asks the upstream, so the row is exact either way), whether the oldest
 * turns may be left out to fit the channel's context window (the browser chat only, SPEC §16), and the
 * {@link Endpoint} (protocol surface) it came in through, which its usage row records.
 */
public record ChatCall(Requester requester, ChatPrompt prompt, boolean clientWantsUsage, boolean fitToWindow,
                       Endpoint endpoint) {

    public ChatCall {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /** A chat completion ({@link Endpoint#CHAT}). */
    public ChatCall(Requester requester, ChatPrompt prompt, boolean clientWantsUsage, boolean fitToWindow) {
        this(requester, prompt, clientWantsUsage, fitToWindow, Endpoint.CHAT);
    }

    /** A chat completion sent as it is, never trimmed (the API surfaces: {@code /v1/*}). */
    public ChatCall(Requester requester, ChatPrompt prompt, boolean clientWantsUsage) {
        this(requester, prompt, clientWantsUsage, false, Endpoint.CHAT);
    }

    /** A call through another API surface ({@code /v1/messages}, {@code /v1/responses}), sent as it is. */
    public ChatCall(Requester requester, ChatPrompt prompt, boolean clientWantsUsage, Endpoint endpoint) {
        this(requester, prompt, clientWantsUsage, false, endpoint);
    }
}
