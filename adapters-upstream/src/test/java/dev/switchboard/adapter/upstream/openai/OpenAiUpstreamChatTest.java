package dev.switchboard.adapter.upstream.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.port.out.chat.UpstreamCall;
import dev.switchboard.application.port.out.chat.UpstreamChat;
import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.application.port.out.chat.UpstreamFailure;
import dev.switchboard.application.port.out.chat.UpstreamReply;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.netty.channel.EventLoopGroupRegistry;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Flux;

/** The Netty upstream client against a bare-socket upstream: connection reuse, retries, cancel, timeouts, TLS. */
class OpenAiUpstreamChatTest {

    private static ApplicationContext context;
    private static UpstreamChat upstream;
    private ScriptedUpstream server;

    @BeforeAll
    static void start() {
        context = ApplicationContext.run(Map.of("switchboard.upstream.idle", "400ms",
                "switchboard.upstream.first-byte", "2s", "switchboard.upstream.connect", "2s"));
        upstream = context.getBean(UpstreamChat.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @AfterEach
    void closeServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static UpstreamCall call(String url, boolean stream) {
        return new UpstreamCall(URI.create(url), "sk-test-key",
                Map.of("model", "m", "messages", List.of(Map.of("role", "user", "content", "hi")), "stream", stream),
                stream);
    }

    private static EventLoopGroup loops() {
        return context.getBean(EventLoopGroupRegistry.class).getDefaultEventLoopGroup();
    }

    /** Sends as a chat handled on {@code loop} does. */
    private static CompletableFuture<UpstreamReply> sendFrom(EventLoop loop, UpstreamCall call) {
        CompletableFuture<UpstreamReply> reply = new CompletableFuture<>();
        loop.execute(() -> upstream.send(call).whenComplete((r, e) -> {
            if (e != null) {
                reply.completeExceptionally(e);
            } else {
                reply.complete(r);
            }
        }));
        return reply;
    }

    private static UpstreamReply reply(CompletableFuture<UpstreamReply> future) throws Exception {
        return future.get(5, TimeUnit.SECONDS);
    }

    private static List<String> lines(UpstreamReply reply) {
        return JdkFlowAdapter.flowPublisherToFlux(reply.events())
                .map(e -> new String(e.line(), StandardCharsets.UTF_8))
                .filter(line -> !line.isEmpty())
                .collectList().block(Duration.ofSeconds(5));
    }

    @Test
    void sequentialStreamsOnOneLoopShareOneKeepAliveConnectionAndArriveWhole() throws Exception {
        server = new ScriptedUpstream(out -> ScriptedUpstream.answerStream(out, 5));
        EventLoop loop = loops().next();
        for (int i = 0; i < 3; i++) {
            List<String> lines = lines(reply(sendFrom(loop, call(server.url(), true))));
            assertEquals(7, lines.size(), lines.toString());
            assertEquals("data: [DONE]", lines.get(6));
        }
        assertEquals(1, server.connections.get());
        String request = server.requests.get(0).toLowerCase(java.util.Locale.ROOT);
        assertTrue(request.startsWith("post /v1/chat/completions http/1.1"), request);
        assertTrue(request.contains("authorization: bearer sk-test-key"), request);
        assertTrue(request.contains("\"stream\":true"), request);
    }

    @Test
    void aPooledConnectionTheUpstreamClosedIsReplacedWithoutFailingTheRequest() throws Exception {
        // Answers, then drops the connection without saying so, as an upstream's idle timeout does.
        server = new ScriptedUpstream(out -> ScriptedUpstream.answerStream(out, 2) && false);
        EventLoop loop = loops().next();
        assertEquals(4, lines(reply(sendFrom(loop, call(server.url(), true)))).size());
        Thread.sleep(100);
        assertEquals(4, lines(reply(sendFrom(loop, call(server.url(), true)))).size());
        assertEquals(2, server.connections.get());
        assertEquals(2, server.requests.size());
    }

    @Test
    void cancellingAStreamClosesItsUpstreamConnectionAtOnce() throws Exception {
        server = new ScriptedUpstream(out -> {
            ScriptedUpstream.streamHead(out);
            for (int i = 0; i < 500; i++) {
                ScriptedUpstream.chunk(out, "data: {\"choices\":[{\"delta\":{\"content\":\"x\"}}]}\n\n");
                Thread.sleep(10);
            }
            return false;
        });
        UpstreamReply reply = reply(upstream.send(call(server.url(), true)));
        List<UpstreamEvent> first = JdkFlowAdapter.flowPublisherToFlux(reply.events()).take(3)
                .collectList().block(Duration.ofSeconds(5));
        assertEquals(3, first.size());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (server.clientClosed.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1, server.clientClosed.get(), "the upstream saw the connection close");
    }

    @Test
    void anUpstreamFallingSilentMidStreamEndsItWithATimeout() throws Exception {
        server = new ScriptedUpstream(out -> {
            ScriptedUpstream.streamHead(out);
            ScriptedUpstream.chunk(out, "data: {\"choices\":[{\"delta\":{\"content\":\"x\"}}]}\n\n");
            Thread.sleep(3_000);
            return false;
        });
        UpstreamReply reply = reply(upstream.send(call(server.url(), true)));
        long start = System.nanoTime();
        Throwable error = JdkFlowAdapter.flowPublisherToFlux(reply.events()).then()
                .onErrorResume(e -> reactor.core.publisher.Mono.error(new RuntimeException(e)))
                .materialize().block(Duration.ofSeconds(5)).getThrowable();
        assertNotNull(error);
        assertInstanceOf(UpstreamFailure.class, error.getCause());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis >= 300 && millis < 2_000, "ended after " + millis + " ms");
    }

    @Test
    void anHttpsChannelPointingAtAPlainServerFailsOverWithATlsReason() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> {
                try (Socket socket = plain.accept()) {
                    // What a plain HTTP server says to a TLS hello.
                    socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // the test fails on its own assertions
                }
            });
            answer.start();
            ExecutionException error = assertThrows(ExecutionException.class,
                    () -> upstream.send(call("https://127.0.0.1:" + plain.getLocalPort() + "/v1/chat/completions", true))
                            .get(5, TimeUnit.SECONDS));
            UpstreamFailure failure = assertInstanceOf(UpstreamFailure.class, error.getCause());
            assertTrue(failure.retryable());
            assertTrue(failure.getMessage().contains("TLS"), failure.getMessage());
            answer.join(1_000);
        }
    }

    @Test
    void aStreamStartedOnAnEventLoopIsReadAndDeliveredOnThatLoop() throws Exception {
        server = new ScriptedUpstream(out -> ScriptedUpstream.answerStream(out, 20));
        EventLoop loop = loops().next();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CompletableFuture<String> caller = new CompletableFuture<>();
        CompletableFuture<Integer> count = new CompletableFuture<>();
        loop.execute(() -> {
            caller.complete(Thread.currentThread().getName());
            upstream.send(call(server.url(), true)).thenAccept(reply ->
                    Flux.from(JdkFlowAdapter.flowPublisherToFlux(reply.events()))
                            .doOnNext(e -> threads.add(Thread.currentThread().getName()))
                            .count().subscribe(n -> count.complete(n.intValue()), count::completeExceptionally));
        });
        assertEquals(22 * 2, count.get(5, TimeUnit.SECONDS));
        assertEquals(Set.of(caller.get()), threads);
    }

    @Test
    void aNonStreamingErrorIsReadWholeAndSaysWhetherToFailOver() throws Exception {
        server = new ScriptedUpstream(out -> {
            byte[] body = "{\"error\":{\"message\":\"model does not exist\"}}".getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return true;
        });
        ExecutionException error = assertThrows(ExecutionException.class,
                () -> upstream.send(call(server.url(), false)).get(5, TimeUnit.SECONDS));
        UpstreamFailure failure = assertInstanceOf(UpstreamFailure.class, error.getCause());
        assertEquals(404, failure.status());
        assertTrue(!failure.retryable());
        assertTrue(failure.getMessage().contains("model does not exist"), failure.getMessage());
    }
}
