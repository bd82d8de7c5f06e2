package dev.switchboard.adapter.upstream.openai;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import dev.switchboard.application.port.out.chat.UpstreamCall;
import dev.switchboard.domain.channel.BaseUrl;
import dev.switchboard.domain.channel.ChannelType;
import dev.switchboard.domain.channel.ReasoningSetting;
import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.chat.ChatPrompt;
import dev.switchboard.domain.chat.ClientOriginal;
import dev.switchboard.domain.chat.Role;
import dev.switchboard.application.port.out.chat.UpstreamChat;
import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.application.port.out.chat.UpstreamFailure;
import dev.switchboard.application.port.out.chat.UpstreamReply;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.netty.channel.EventLoopGroupRegistry;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Signal;

/**
 * What the upstream client's tests share: the client in a Micronaut context with short timeouts (idle 700 ms,
 * first byte 3 s, connect 2 s), a bare-socket upstream whose every connection and request is visible, and
 * helpers to call, drain and fail.
 */
abstract class UpstreamClientTestSupport {

    static ApplicationContext context;
    static UpstreamChat upstream;
    RawUpstream server;

    @BeforeAll
    static void start() {
        context = ApplicationContext.run(Map.of("switchboard.upstream.idle", "700ms",
                "switchboard.upstream.first-byte", "3s", "switchboard.upstream.connect", "2s"));
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

    // ------------------------------------------------------------------ helpers

    /** A raw upstream: each accepted connection is served by {@code handler} on its own thread. */
    static final class RawUpstream implements AutoCloseable {
        interface Handler {
            void serve(Socket socket, InputStream in, OutputStream out, RawUpstream self) throws Exception;
        }

        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger closedByClient = new AtomicInteger();
        final AtomicLong bytesWritten = new AtomicLong();
        final CopyOnWriteArrayList<String> received = new CopyOnWriteArrayList<>();
        final ServerSocket socket;
        private final Handler handler;

        RawUpstream(Handler handler) throws IOException {
            this(handler, InetAddress.getLoopbackAddress());
        }

        RawUpstream(Handler handler, InetAddress bind) throws IOException {
            this.handler = handler;
            this.socket = new ServerSocket();
            socket.bind(new InetSocketAddress(bind, 0), 200);
            Thread acceptor = new Thread(this::accept, "raw-upstream");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/v1/chat/completions";
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket s = socket.accept();
                    connections.incrementAndGet();
                    Thread worker = new Thread(() -> {
                        try (s) {
                            handler.serve(s, s.getInputStream(), s.getOutputStream(), this);
                        } catch (Exception e) {
                            // connection ended
                        }
                    }, "raw-upstream-conn");
                    worker.setDaemon(true);
                    worker.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        /** Reads one request (kept in {@link #received}); its head, or null when the client closed the connection. */
        String readRequest(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int last4 = 0;
            while (last4 != 0x0d0a0d0a) {
                int b = in.read();
                if (b < 0) {
                    closedByClient.incrementAndGet();
                    return null;
                }
                head.write(b);
                last4 = (last4 << 8) | b;
            }
            String text = head.toString(StandardCharsets.ISO_8859_1);
            int length = 0;
            for (String line : text.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            byte[] body = in.readNBytes(length);
            requests.incrementAndGet();
            received.add(text + new String(body, StandardCharsets.UTF_8));
            return text;
        }

        /** Blocks until the client closes (EOF or reset) or {@code millis} pass; true if it closed. */
        boolean awaitClientClose(InputStream in, Socket s, long millis) throws IOException {
            s.setSoTimeout((int) millis);
            try {
                while (in.read() >= 0) {
                    // discard
                }
                closedByClient.incrementAndGet();
                return true;
            } catch (java.net.SocketTimeoutException e) {
                return false;
            } catch (IOException e) {
                closedByClient.incrementAndGet();
                return true;
            }
        }

        void write(OutputStream out, byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
            bytesWritten.addAndGet(bytes.length);
        }

        void write(OutputStream out, String text) throws IOException {
            write(out, text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    static UpstreamCall call(String url, boolean stream) {
        return call(url, stream, "sk-test-key");
    }

    static UpstreamCall call(String url, boolean stream, String key) {
        String base = url.endsWith("/chat/completions") ? url.substring(0, url.length() - "/chat/completions".length()) : url;
        Map<String, Object> original = Map.of("model", "m", "messages", List.of(Map.of("role", "user", "content", "hi")),
                "stream", stream);
        ChatPrompt prompt = new ChatPrompt("m", List.of(ChatMessage.text(Role.USER, "hi")), List.of(), null, null, null,
                null, List.of(), null, stream, new ClientOriginal("openai", original));
        return new UpstreamCall(ChannelType.OPENAI, new BaseUrl(base), key, "m", ReasoningSetting.AUTO, prompt);
    }

    static EventLoopGroup loops() {
        return context.getBean(EventLoopGroupRegistry.class).getDefaultEventLoopGroup();
    }

    /** Sends as a chat handled on {@code loop} does. */
    static CompletableFuture<UpstreamReply> sendFrom(EventLoop loop, UpstreamCall call) {
        CompletableFuture<UpstreamReply> reply = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                upstream.send(call).whenComplete((r, e) -> {
                    if (e != null) {
                        reply.completeExceptionally(e);
                    } else {
                        reply.complete(r);
                    }
                });
            } catch (RuntimeException e) {
                reply.completeExceptionally(e);
            }
        });
        return reply;
    }

    static UpstreamFailure failure(CompletableFuture<UpstreamReply> future, long seconds) throws Exception {
        try {
            UpstreamReply reply = future.get(seconds, TimeUnit.SECONDS);
            fail("expected a failure, got " + reply);
            return null;
        } catch (ExecutionException e) {
            return assertInstanceOf(UpstreamFailure.class, e.getCause());
        }
    }

    /** All events of a stream and how it ended (null throwable = completed normally). */
    record Outcome(List<UpstreamEvent> events, Throwable error) {
        List<String> lines() {
            return events.stream().map(e -> new String(e.wire().bytes(), StandardCharsets.UTF_8)).toList();
        }

        List<String> nonEmptyLines() {
            return lines().stream().filter(l -> !l.isEmpty()).toList();
        }

        String text() {
            StringBuilder b = new StringBuilder();
            events.forEach(e -> b.append(Seen.of(e).text()));
            return b.toString();
        }
    }

    static Outcome drain(UpstreamReply reply, Duration max) {
        List<UpstreamEvent> events = new CopyOnWriteArrayList<>();
        Signal<Void> end = JdkFlowAdapter.flowPublisherToFlux(reply.events())
                .doOnNext(events::add).then().materialize().block(max);
        return new Outcome(new ArrayList<>(events), end == null ? null : end.getThrowable());
    }

    static String streamHead(String extra) {
        return "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n" + extra + "\r\n";
    }

    static String chunked(String data) {
        byte[] payload = data.getBytes(StandardCharsets.UTF_8);
        return Integer.toHexString(payload.length) + "\r\n" + data + "\r\n";
    }

    static String fixed(int status, String reason, String contentType, String body, String extra) {
        return "HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n" + extra + "\r\n" + body;
    }

    /** Answers one request; returns whether the connection stays open for another. */
    interface Answer {
        boolean answer(OutputStream out, RawUpstream self) throws Exception;
    }

    /** A handler answering every request on a connection with {@code answer}, until it says to close. */
    static RawUpstream.Handler everyRequest(Answer answer) {
        return (socket, in, out, self) -> {
            while (self.readRequest(in) != null) {
                if (!answer.answer(out, self)) {
                    return;
                }
            }
        };
    }

    /** A complete streamed answer: {@code words} content chunks, a finish and [DONE], chunked. */
    static boolean answerStream(OutputStream out, RawUpstream self, int words) throws IOException {
        self.write(out, streamHead("Transfer-Encoding: chunked\r\n"));
        for (int i = 0; i < words; i++) {
            self.write(out, chunked("data: {\"choices\":[{\"delta\":{\"content\":\"w" + i + " \"}}]}\n\n"));
        }
        self.write(out, chunked("data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n"));
        self.write(out, "0\r\n\r\n");
        return true;
    }
}
