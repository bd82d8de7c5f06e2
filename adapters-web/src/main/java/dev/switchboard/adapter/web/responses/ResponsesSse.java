package dev.switchboard.adapter.web.responses;

import dev.switchboard.application.policy.chat.StreamEndPolicy;
import dev.switchboard.application.port.in.chat.RelayedChat;
import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.domain.chat.ChatEvent;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The SSE body of a streamed {@code /v1/responses} answer. The response is announced at once; then what one
 * upstream read delivered is encoded and written together, never held for a later read. Every channel type goes
 * through the neutral events (an OpenAI channel's own lines are not the client's format). At the end the relayed
 * chat's policy decides between {@code response.completed} and the failure events, and each way the stream can
 * end is reported to the relayed chat exactly as the chat-completions relay does, which writes the usage row.
 */
final class ResponsesSse {

    private static final Logger LOG = LoggerFactory.getLogger(ResponsesSse.class);

    private ResponsesSse() {
    }

    /** @param cutoff fails when the stream must end now (shutdown grace nearly over): it ends as failed */
    static Flux<byte[]> body(RelayedChat chat, Mono<Void> cutoff, ResponseEncoder encoder) {
        Flux<byte[]> answer = JdkFlowAdapter.flowPublisherToFlux(chat.events())
                .bufferUntil(UpstreamEvent::lastOfRead)
                .map(read -> encoder.encode(kept(chat, read)))
                .filter(bytes -> bytes.length > 0)
                .takeUntilOther(cutoff);
        return Mono.fromSupplier(encoder::begin).concatWith(answer)
                .concatWith(Mono.defer(() -> Mono.just(ending(chat, encoder))))
                .onErrorResume(error -> {
                    report(chat::failed);
                    return Mono.fromSupplier(encoder::failed);
                })
                // Reactor runs this hook before passing the cancel on upstream: if it threw, the upstream
                // connection would never hear that the client left.
                .doOnCancel(() -> report(chat::cancelled));
    }

    /** The read's events, each step passed through the relayed chat first (it tallies them for the usage row). */
    private static List<ChatEvent> kept(RelayedChat chat, List<UpstreamEvent> read) {
        List<ChatEvent> events = new ArrayList<>();
        for (UpstreamEvent event : read) {
            // the answer's own usage is always wanted here: response.completed carries it
            chat.keep(event);
            events.addAll(event.events());
        }
        return events;
    }

    private static byte[] ending(RelayedChat chat, ResponseEncoder encoder) {
        StreamEndPolicy.Ending ending;
        try {
            ending = chat.completed();
        } catch (RuntimeException e) {
            LOG.error("could not record how a relayed stream ended", e);
            ending = StreamEndPolicy.Ending.FINISHED;
        }
        return ending.ok() ? encoder.completed() : encoder.failed();
    }

    private static void report(Runnable ending) {
        try {
            ending.run();
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.error("could not record how a relayed stream ended", e);
        }
    }
}
