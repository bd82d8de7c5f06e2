package dev.switchboard.adapter.web.chat;

import dev.switchboard.adapter.web.error.SpecBodies;
import dev.switchboard.application.port.in.chat.RelayedChat;
import dev.switchboard.application.port.out.chat.UpstreamEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The SSE body sent to the client: upstream lines relayed as bytes the moment they arrive — the lines of one
 * upstream read written together, one write per read as a plain proxy would, never held for a later one — a final
 * {@code [DONE]} if the upstream left it out, and — if the upstream fails mid-stream — one error event in the
 * SPEC §6 envelope. Each way the stream can end is reported to the relayed chat, which logs usage.
 */
final class SseRelay {

    // The leading newline ends any event the upstream left half-written before these are sent.
    private static final byte[] DONE = "\ndata: [DONE]\n\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ERROR = ("\ndata: " + SpecBodies.UPSTREAM_ERROR + "\n\n").getBytes(StandardCharsets.UTF_8);

    private static final Logger LOG = LoggerFactory.getLogger(SseRelay.class);

    private SseRelay() {
    }

    /** @param cutoff fails when the stream must end now (shutdown grace nearly over): it ends with the error event */
    static Flux<byte[]> body(RelayedChat chat, Mono<Void> cutoff) {
        AtomicBoolean sawDone = new AtomicBoolean();
        AtomicBoolean sawFinish = new AtomicBoolean();
        return JdkFlowAdapter.flowPublisherToFlux(chat.events())
                .bufferUntil(UpstreamEvent::lastOfRead)
                .map(read -> {
                    int size = 0;
                    List<byte[]> kept = new ArrayList<>(read.size());
                    for (UpstreamEvent event : read) {
                        if (chat.keep(event)) {
                            sawDone.compareAndSet(false, event.done());
                            sawFinish.compareAndSet(false, event.finished());
                            kept.add(event.line());
                            size += event.line().length + 1;
                        }
                    }
                    byte[] out = new byte[size];
                    int at = 0;
                    for (byte[] line : kept) {
                        System.arraycopy(line, 0, out, at, line.length);
                        at += line.length;
                        out[at++] = '\n';
                    }
                    return out;
                })
                .filter(bytes -> bytes.length > 0)
                .takeUntilOther(cutoff)
                .concatWith(Mono.defer(() -> ending(sawDone.get(), sawFinish.get())))
                .doOnComplete(() -> report(chat::completed))
                .onErrorResume(error -> {
                    report(chat::failed);
                    return Mono.just(ERROR);
                })
                // Reactor runs this hook before passing the cancel on upstream: if it threw, the upstream
                // connection would never hear that the client left.
                .doOnCancel(() -> report(chat::cancelled));
    }

    private static void report(Runnable ending) {
        try {
            ending.run();
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.error("could not record how a relayed stream ended", e);
        }
    }

    /** A stream that ends with neither [DONE] nor a finish_reason was cut off upstream. */
    private static Mono<byte[]> ending(boolean sawDone, boolean sawFinish) {
        if (sawDone) {
            return Mono.empty();
        }
        return sawFinish ? Mono.just(DONE) : Mono.error(new IllegalStateException("the upstream stream was cut off"));
    }
}
