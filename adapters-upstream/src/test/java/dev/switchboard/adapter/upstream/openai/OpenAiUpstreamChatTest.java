package dev.switchboard.adapter.upstream.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.application.policy.chat.FailoverPolicy;
import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.application.port.out.chat.UpstreamFailure;
import dev.switchboard.application.port.out.chat.UpstreamReply;
import io.netty.channel.EventLoop;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import reactor.adapter.JdkFlowAdapter;

/** The Netty upstream client's main paths: connection reuse, stale connections, cancel, timeouts, TLS, threads. */
class OpenAiUpstreamChatTest extends UpstreamClientTestSupport {

    private static final String CONTENT = "data: {\"choices\":[{\"delta\":{\"content\":\"x\"}}]}\n\n";

    private static UpstreamReply reply(CompletableFuture<UpstreamReply> future) throws Exception {
        return future.get(5, TimeUnit.SECONDS);
    }

    private static List<String> lines(UpstreamReply reply) {
        return drain(reply, Duration.ofSeconds(5)).nonEmptyLines();
    }

    @Test
    void sequentialStreamsOnOneLoopShareOneKeepAliveConnectionAndArriveWhole() throws Exception {
        server = new RawUpstream(everyRequest((out, self) -> answerStream(out, self, 5)));
        EventLoop loop = loops().next();
        for (int i = 0; i < 3; i++) {
            List<String> lines = lines(reply(sendFrom(loop, call(server.url(), true))));
            assertEquals(7, lines.size(), lines.toString());
            assertEquals("data: [DONE]", lines.get(6));
        }
        assertEquals(1, server.connections.get());
        String request = server.received.get(0).toLowerCase(Locale.ROOT);
        assertTrue(request.startsWith("post /v1/chat/completions http/1.1"), request);
        assertTrue(request.contains("authorization: bearer sk-test-key"), request);
        assertTrue(request.contains("\"stream\":true"), request);
    }

    @Test
    void aPooledConnectionTheUpstreamClosedIsReplacedWithoutFailingTheRequest() throws Exception {
        // Answers, then drops the connection without saying so, as an upstream's idle timeout does.
        server = new RawUpstream(everyRequest((out, self) -> answerStream(out, self, 2) && false));
        EventLoop loop = loops().next();
        assertEquals(4, lines(reply(sendFrom(loop, call(server.url(), true)))).size());
        Thread.sleep(100);
        assertEquals(4, lines(reply(sendFrom(loop, call(server.url(), true)))).size());
        assertEquals(2, server.connections.get());
        assertEquals(2, server.received.size());
    }

    @Test
    void cancellingAStreamClosesItsUpstreamConnectionAtOnce() throws Exception {
        server = new RawUpstream(everyRequest((out, self) -> {
            self.write(out, streamHead("Transfer-Encoding: chunked\r\n"));
            try {
                for (int i = 0; i < 500; i++) {
                    self.write(out, chunked(CONTENT));
                    Thread.sleep(10);
                }
            } catch (IOException closed) {
                self.closedByClient.incrementAndGet();
            }
            return false;
        }));
        UpstreamReply reply = reply(upstream.send(call(server.url(), true)));
        List<UpstreamEvent> first = JdkFlowAdapter.flowPublisherToFlux(reply.events()).take(3)
                .collectList().block(Duration.ofSeconds(5));
        assertEquals(3, first.size());
        // Generous: the server only notices on a failed write, and a busy CI machine delays both sides.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.closedByClient.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1, server.closedByClient.get(), "the upstream saw the connection close");
    }

    @Test
    void anUpstreamFallingSilentMidStreamEndsItWithATimeout() throws Exception {
        server = new RawUpstream(everyRequest((out, self) -> {
            self.write(out, streamHead("Transfer-Encoding: chunked\r\n"));
            self.write(out, chunked(CONTENT));
            Thread.sleep(3_000);
            return false;
        }));
        UpstreamReply reply = reply(upstream.send(call(server.url(), true)));
        long start = System.nanoTime();
        Throwable error = drain(reply, Duration.ofSeconds(5)).error();
        assertNotNull(error);
        assertInstanceOf(UpstreamFailure.class, error);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        // Below the server's 3 s silence, so the timeout ended it, not the server closing; slack for a busy machine.
        assertTrue(millis >= 300 && millis < 2_700, "ended after " + millis + " ms");
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
            UpstreamFailure failure = failure(
                    upstream.send(call("https://127.0.0.1:" + plain.getLocalPort() + "/v1/chat/completions", true)), 5);
            assertTrue(FailoverPolicy.failsOver(failure));
            assertTrue(failure.getMessage().contains("TLS"), failure.getMessage());
            answer.join(1_000);
        }
    }

    @Test
    void aStreamStartedOnAnEventLoopIsReadAndDeliveredOnThatLoop() throws Exception {
        server = new RawUpstream(everyRequest((out, self) -> answerStream(out, self, 20)));
        EventLoop loop = loops().next();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CompletableFuture<String> caller = new CompletableFuture<>();
        CompletableFuture<Integer> count = new CompletableFuture<>();
        loop.execute(() -> {
            caller.complete(Thread.currentThread().getName());
            upstream.send(call(server.url(), true)).thenAccept(reply ->
                    JdkFlowAdapter.flowPublisherToFlux(reply.events())
                            .doOnNext(e -> threads.add(Thread.currentThread().getName()))
                            .count().subscribe(n -> count.complete(n.intValue()), count::completeExceptionally));
        });
        assertEquals(22 * 2, count.get(5, TimeUnit.SECONDS));
        assertEquals(Set.of(caller.get()), threads);
    }

    @Test
    void aNonStreamingErrorIsReadWholeAndSaysWhetherToFailOver() throws Exception {
        server = new RawUpstream(everyRequest((out, self) -> {
            self.write(out, fixed(404, "Not Found", "application/json",
                    "{\"error\":{\"message\":\"model does not exist\"}}", ""));
            return true;
        }));
        UpstreamFailure failure = failure(upstream.send(call(server.url(), false)), 5);
        assertEquals(404, failure.status());
        assertTrue(!FailoverPolicy.failsOver(failure));
        assertTrue(failure.getMessage().contains("model does not exist"), failure.getMessage());
    }
}
