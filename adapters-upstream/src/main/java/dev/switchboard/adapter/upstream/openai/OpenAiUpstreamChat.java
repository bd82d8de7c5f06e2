package dev.switchboard.adapter.upstream.openai;

import dev.switchboard.application.port.out.chat.UpstreamCall;
import dev.switchboard.application.port.out.chat.UpstreamChat;
import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.application.port.out.chat.UpstreamReply;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link UpstreamChat} over {@code java.net.http.HttpClient}. Not the Micronaut client: in a trial here
 * (STACK_NOTES §6) its streaming client kept the upstream connection open after the subscriber cancelled,
 * so an abandoned answer kept generating (and costing); the JDK client closes the socket on cancel.
 */
@Singleton
public class OpenAiUpstreamChat implements UpstreamChat {

    private static final int MAX_ERROR_BODY = 16 * 1024;

    private final HttpClient client;
    private final JsonMapper json;
    private final ChunkInspector inspector;
    private final UpstreamTimeouts timeouts;

    public OpenAiUpstreamChat(JsonMapper json, UpstreamTimeouts timeouts) {
        this.json = json;
        this.timeouts = timeouts;
        this.inspector = new ChunkInspector(json);
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeouts.connect())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public CompletableFuture<UpstreamReply> send(UpstreamCall call) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(call.url())
                    .timeout(timeouts.firstByte())
                    .header("Authorization", "Bearer " + call.apiKey())
                    .header("Content-Type", "application/json")
                    .header("Accept", call.stream() ? "text/event-stream" : "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(call.body())))
                    .build();
        } catch (IOException | IllegalArgumentException e) {
            return CompletableFuture.failedFuture(UpstreamErrors.fromTransport(e));
        }
        CompletableFuture<UpstreamReply> reply = call.stream() ? stream(request) : complete(request);
        return reply.exceptionallyCompose(e -> CompletableFuture.failedFuture(UpstreamErrors.fromTransport(e)));
    }

    private CompletableFuture<UpstreamReply> stream(HttpRequest request) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofPublisher()).thenCompose(response -> {
            if (response.statusCode() / 100 == 2) {
                return CompletableFuture.completedFuture(UpstreamReply.streaming(events(response.body())));
            }
            return errorBody(response.body()).thenCompose(body ->
                    CompletableFuture.failedFuture(UpstreamErrors.fromStatus(response.statusCode(), body, json)));
        });
    }

    private CompletableFuture<UpstreamReply> complete(HttpRequest request) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenCompose(response -> {
            if (response.statusCode() / 100 != 2) {
                return CompletableFuture.failedFuture(
                        UpstreamErrors.fromStatus(response.statusCode(), response.body(), json));
            }
            try {
                Map<String, Object> answer = json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
                return CompletableFuture.completedFuture(UpstreamReply.complete(response.body(),
                        Completions.usage(answer), Completions.text(answer, "message")));
            } catch (IOException | RuntimeException e) {
                return CompletableFuture.failedFuture(
                        new dev.switchboard.application.port.out.chat.UpstreamFailure("the upstream sent no JSON", 200, true));
            }
        });
    }

    /**
     * Upstream lines as events, the last line of each upstream read marked as such (so the relay writes a
     * read's lines in one go); a stall between two reads longer than the idle timeout (before the first:
     * the first-byte timeout) ends the stream with an error. One upstream read is asked for at a time
     * (prefetch 1, not Reactor's 256): while the client side lags, the upstream's bytes wait in its socket
     * — TCP slows the upstream down, as a proxy should — instead of piling up on the heap, where each
     * pending read pins the HttpClient's whole 16 KB read buffer (8,000 streams ran out of 512 MB that way).
     */
    private Flow.Publisher<UpstreamEvent> events(Flow.Publisher<List<ByteBuffer>> body) {
        Flux<UpstreamEvent> events = Flux.defer(() -> {
            LineSplitter splitter = new LineSplitter();
            return IdleWatchdog.guard(JdkFlowAdapter.flowPublisherToFlux(body), timeouts.firstByte(), timeouts.idle())
                    .concatMapIterable(buffers -> {
                        List<byte[]> lines = new ArrayList<>();
                        for (ByteBuffer buffer : buffers) {
                            splitter.feed(buffer, lines);
                        }
                        return inspectAll(lines);
                    }, 1)
                    .concatWith(Flux.defer(() -> Flux.fromIterable(inspectAll(splitter.finish()))));
        });
        return JdkFlowAdapter.publisherToFlowPublisher(events);
    }

    private List<UpstreamEvent> inspectAll(List<byte[]> lines) {
        List<UpstreamEvent> events = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            events.add(inspector.inspect(lines.get(i)).lastOfRead(i == lines.size() - 1));
        }
        return events;
    }

    private static CompletableFuture<byte[]> errorBody(Flow.Publisher<List<ByteBuffer>> body) {
        return JdkFlowAdapter.flowPublisherToFlux(body)
                .flatMapIterable(buffers -> buffers)
                .reduce(new ByteArrayOutputStream(), (out, buffer) -> {
                    byte[] bytes = new byte[Math.min(buffer.remaining(), Math.max(0, MAX_ERROR_BODY - out.size()))];
                    buffer.get(bytes);
                    out.write(bytes, 0, bytes.length);
                    return out;
                })
                .map(ByteArrayOutputStream::toByteArray)
                .timeout(Duration.ofSeconds(10))
                .onErrorReturn(new byte[0])
                .toFuture();
    }

}
