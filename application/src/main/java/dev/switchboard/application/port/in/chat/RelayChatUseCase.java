package dev.switchboard.application.port.in.chat;

import java.util.concurrent.CompletableFuture;

/**
 * Use case: relay a chat completion to a channel. The future completes once an upstream accepted the
 * request (failing over between channels before that), or fails with the reason nobody did.
 */
public interface RelayChatUseCase {

    CompletableFuture<RelayedChat> relay(ChatCall call);

    /**
     * False when {@link #relay} only does in-memory work before its future (callable on an event loop); true
     * when it makes blocking round trips first (limits shared on Redis), so event-loop callers move off first.
     */
    default boolean blocksBeforeSending() {
        return false;
    }
}
