package dev.switchboard.adapter.web.messages;

import dev.switchboard.application.policy.chat.StreamEndPolicy;
import dev.switchboard.application.port.in.chat.RelayedChat;
import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.application.port.out.chat.WireFrame;
import dev.switchboard.domain.chat.ChatEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The SSE body sent to an Anthropic client. Lines of an Anthropic upstream are relayed as bytes the moment they
 * arrive; events of any other upstream are encoded ({@link AnthropicStreamEncoder}). What one upstream read delivered
 * is written together. At the end the relayed chat's policy decides: a finished translated stream gets its
 * {@code message_delta} and {@code message_stop}; a stream cut off, failed or ended by an error event gets one
 * {@code event: error} in Anthropic's shape (unless the upstream's own error event already went through). Each way
 * the stream can end is reported to the relayed chat, which writes the usage row.
 */
final class MessagesSseRelay {

    private static final Logger LOG = LoggerFactory.getLogger(MessagesSseRelay.class);
    private static final byte[] PING = "event: ping\ndata: {\"type\":\"ping\"}\n\n".getBytes(StandardCharsets.UTF_8);

    private final RelayedChat chat;
    private final AnthropicStreamEncoder encoder;
    private volatile boolean passedThrough;
    private volatile boolean closedByUpstream;
    private volatile boolean upstreamErrorSent;
    private volatile ChatEvent.Error error;

    private MessagesSseRelay(RelayedChat chat, AnthropicStreamEncoder encoder) {
        this.chat = chat;
        this.encoder = encoder;
    }

    /**
     * @param cutoff fails when the stream must end now (shutdown grace nearly over): it ends with the error event
     * @param pingEvery while nothing came yet (a reasoning model thinking before its first token), a {@code ping}
     *                  event this often keeps proxies and the client from taking the quiet connection for dead; zero
     *                  for none
     */
    static Flux<byte[]> body(RelayedChat chat, Mono<Void> cutoff, AnthropicStreamEncoder encoder, Duration pingEvery) {
        MessagesSseRelay relay = new MessagesSseRelay(chat, encoder);
        Flux<byte[]> relayed = JdkFlowAdapter.flowPublisherToFlux(chat.events())
                .bufferUntil(UpstreamEvent::lastOfRead)
                .map(relay::write)
                .filter(bytes -> bytes.length > 0);
        if (!pingEvery.isZero() && !pingEvery.isNegative()) {
            // count() also answers when the stream ends before saying anything, so the pings never outlive it
            relayed = relayed.publish(shared -> Flux.merge(Flux.interval(pingEvery, pingEvery).map(tick -> PING)
                    .takeUntilOther(shared.take(1).count()), shared));
        }
        return relayed
                .takeUntilOther(cutoff)
                .concatWith(Mono.defer(relay::ending))
                .onErrorResume(failure -> {
                    report(chat::failed);
                    return Mono.just(relay.errorEvent());
                })
                .doOnCancel(() -> report(chat::cancelled));
    }

    private byte[] write(List<UpstreamEvent> read) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (UpstreamEvent event : read) {
            if (!chat.keep(event)) {
                continue;
            }
            for (ChatEvent said : event.events()) {
                if (said instanceof ChatEvent.Error e) {
                    error = e;
                }
            }
            WireFrame wire = event.wire();
            if (wire != null && wire.is(AnthropicRequests.FORMAT)) {
                passedThrough = true;
                out.writeBytes(wire.bytes());
                out.write('\n');
                closedByUpstream |= wire.closesStream();
                upstreamErrorSent |= error != null;
            } else {
                out.writeBytes(encoder.encode(event.events()));
            }
        }
        return out.toByteArray();
    }

    private Mono<byte[]> ending() {
        StreamEndPolicy.Ending ending;
        try {
            ending = chat.completed();
        } catch (RuntimeException e) {
            LOG.error("could not record how a relayed stream ended", e);
            ending = StreamEndPolicy.Ending.FINISHED;
        }
        if (!ending.ok()) {
            return upstreamErrorSent ? Mono.empty() : Mono.just(errorEvent());
        }
        if (passedThrough) {
            return closedByUpstream ? Mono.empty()
                    : Mono.just(("\nevent: message_stop\ndata: {\"type\":\"message_stop\"}\n\n")
                            .getBytes(StandardCharsets.UTF_8));
        }
        return Mono.just(encoder.finish());
    }

    /** The leading newline ends any event the upstream left half-written. */
    private byte[] errorEvent() {
        ChatEvent.Error said = error;
        String type = said == null ? AnthropicErrors.API_ERROR : AnthropicErrors.typeOfUpstream(said.kind(), said.status());
        return ("\nevent: error\ndata: " + AnthropicErrors.body(type, AnthropicErrors.UPSTREAM_MESSAGE) + "\n\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void report(Runnable ending) {
        try {
            ending.run();
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.error("could not record how a relayed stream ended", e);
        }
    }
}
