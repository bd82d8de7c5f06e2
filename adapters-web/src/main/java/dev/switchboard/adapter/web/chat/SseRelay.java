package dev.switchboard.adapter.web.chat;

import dev.switchboard.adapter.web.error.SpecBodies;
import dev.switchboard.application.port.in.chat.RelayedChat;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The SSE body sent to the client: upstream lines relayed as bytes the moment they arrive, a final
 * {@code [DONE]} if the upstream left it out, and — if the upstream fails mid-stream — one error event in the
 * SPEC §6 envelope. Each way the stream can end is reported to the relayed chat, which logs usage.
 */
final class SseRelay {

    // The leading newline ends any event the upstream left half-written before these are sent.
    private static final byte[] DONE = "\ndata: [DONE]\n\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ERROR = ("\ndata: " + SpecBodies.UPSTREAM_ERROR + "\n\n").getBytes(StandardCharsets.UTF_8);

    private SseRelay() {
    }

    static Flux<byte[]> body(RelayedChat chat) {
        AtomicBoolean sawDone = new AtomicBoolean();
        AtomicBoolean sawFinish = new AtomicBoolean();
        return JdkFlowAdapter.flowPublisherToFlux(chat.events())
                .filter(chat::keep)
                .map(event -> {
                    sawDone.compareAndSet(false, event.done());
                    sawFinish.compareAndSet(false, event.finished());
                    return withNewline(event.line());
                })
                .concatWith(Mono.defer(() -> ending(sawDone.get(), sawFinish.get())))
                .doOnComplete(chat::completed)
                .onErrorResume(error -> {
                    chat.failed();
                    return Mono.just(ERROR);
                })
                .doOnCancel(chat::cancelled);
    }

    /** A stream that ends with neither [DONE] nor a finish_reason was cut off upstream. */
    private static Mono<byte[]> ending(boolean sawDone, boolean sawFinish) {
        if (sawDone) {
            return Mono.empty();
        }
        return sawFinish ? Mono.just(DONE) : Mono.error(new IllegalStateException("the upstream stream was cut off"));
    }

    private static byte[] withNewline(byte[] line) {
        byte[] out = Arrays.copyOf(line, line.length + 1);
        out[line.length] = '\n';
        return out;
    }
}
