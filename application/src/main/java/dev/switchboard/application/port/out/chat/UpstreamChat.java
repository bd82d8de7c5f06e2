package dev.switchboard.application.port.out.chat;

import java.util.concurrent.CompletableFuture;

/** Sends chat completions to OpenAI-compatible upstreams; fails the future with {@link UpstreamFailure}. */
public interface UpstreamChat {

    CompletableFuture<UpstreamReply> send(UpstreamCall call);
}
