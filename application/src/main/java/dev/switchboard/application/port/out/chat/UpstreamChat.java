package dev.switchboard.application.port.out.chat;

import java.util.concurrent.CompletableFuture;

/**
 * Sends chat requests to upstreams of any {@link dev.switchboard.domain.channel.ChannelType}; fails the future
 * with {@link UpstreamFailure}. Non-blocking: returns at once, the answer arrives on the future.
 */
public interface UpstreamChat {

    CompletableFuture<UpstreamReply> send(UpstreamCall call);
}
