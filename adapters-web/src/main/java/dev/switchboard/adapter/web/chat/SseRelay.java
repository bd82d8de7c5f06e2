package dev.switchboard.adapter.web.chat;

import dev.switchboard.adapter.web.error.SpecBodies;
import dev.switchboard.application.policy.chat.StreamEndPolicy;
import dev.switchboard.application.port.in.chat.RelayedChat;
import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.application.port.out.chat.WireFrame;
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
 * The SSE body sent to an OpenAI client. Lines of an OpenAI upstream are relayed as bytes the moment they arrive;
 * events of any other upstream are encoded as {@code chat.completion.chunk}s ({@link OpenAiChunkEncoder}). What
 * one upstream read delivered is written together, one write per read as a plain proxy would, never held for a
 * later one. At the end the relayed chat's policy decides: a final {@code [DONE]} if the upstream did not send
 * one, or — a stream cut off, an error event, a failure — one error event in the SPEC §6 envelope. Each way the
 * stream can end is reported to the relayed chat, which logs usage.
 */
final class SseRelay {

    // The leading newline ends any event the upstream left half-written before these are sent.
    private static final byte[] DONE = "\ndata: [DONE]\n\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ERROR = ("\ndata: " + SpecBodies.UPSTREAM_ERROR + "\n\n").getBytes(StandardCharsets.UTF_8);

    private static final Logger LOG = LoggerFactory.getLogger(SseRelay.class);

    private SseRelay() {
    }

    /** @param cutoff fails when the stream must end now (shutdown grace nearly over): it ends with the error event */
    static Flux<byte[]> body(RelayedChat chat, Mono<Void> cutoff, OpenAiChunkEncoder encoder) {
        AtomicBoolean closedByUpstream = new AtomicBoolean();
        return JdkFlowAdapter.flowPublisherToFlux(chat.events())
                .bufferUntil(UpstreamEvent::lastOfRead)
                .map(read -> write(chat, read, encoder, closedByUpstream))
                .filter(bytes -> bytes.length > 0)
                .takeUntilOther(cutoff)
                .concatWith(Mono.defer(() -> ending(chat, closedByUpstream.get())))
                .onErrorResume(error -> {
                    report(chat::failed);
                    return Mono.just(ERROR);
                })
                // Reactor runs this hook before passing the cancel on upstream: if it threw, the upstream
                // connection would never hear that the client left.
                .doOnCancel(() -> report(chat::cancelled));
    }

    /** One write for one upstream read: the kept lines (each with its newline) and encoded chunks, copied once. */
    private static byte[] write(RelayedChat chat, List<UpstreamEvent> read, OpenAiChunkEncoder encoder,
                                AtomicBoolean closedByUpstream) {
        List<byte[]> pieces = new ArrayList<>(read.size());
        int size = 0;
        for (UpstreamEvent event : read) {
            if (!chat.keep(event)) {
                continue;
            }
            WireFrame wire = event.wire();
            if (wire != null && wire.is(OpenAiChatRequests.FORMAT)) {
                pieces.add(wire.bytes());
                size += wire.bytes().length + 1;
                if (wire.closesStream()) {
                    closedByUpstream.set(true);
                }
            } else {
                byte[] encoded = encoder.encode(event.events());
                if (encoded.length > 0) {
                    // an encoded chunk brings its own blank line: marked by a null before it
                    pieces.add(null);
                    pieces.add(encoded);
                    size += encoded.length;
                }
            }
        }
        byte[] out = new byte[size];
        int at = 0;
        boolean encoded = false;
        for (byte[] piece : pieces) {
            if (piece == null) {
                encoded = true;
                continue;
            }
            System.arraycopy(piece, 0, out, at, piece.length);
            at += piece.length;
            if (!encoded) {
                out[at++] = '\n';
            }
            encoded = false;
        }
        return out;
    }

    private static void report(Runnable ending) {
        try {
            ending.run();
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.error("could not record how a relayed stream ended", e);
        }
    }

    /** The relayed chat's policy says whether the stream finished; a cut-off or failed one ends with the error. */
    private static Mono<byte[]> ending(RelayedChat chat, boolean closedByUpstream) {
        StreamEndPolicy.Ending ending;
        try {
            ending = chat.completed();
        } catch (RuntimeException e) {
            LOG.error("could not record how a relayed stream ended", e);
            ending = StreamEndPolicy.Ending.FINISHED;
        }
        if (!ending.ok()) {
            return Mono.just(ERROR);
        }
        return closedByUpstream ? Mono.empty() : Mono.just(DONE);
    }
}
