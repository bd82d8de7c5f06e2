package dev.switchboard.application.port.in.chat;

import java.util.Map;
import java.util.Objects;

/** A chat completion request as received: who sent it and the OpenAI body, other fields passed through. */
public record ChatCall(Requester requester, Map<String, Object> body) {

    public ChatCall {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(body, "body");
    }
}
