package dev.switchboard.adapter.upstream.openai;

import dev.switchboard.application.port.out.chat.UpstreamCall;
import dev.switchboard.application.port.out.chat.UpstreamChat;
import dev.switchboard.application.port.out.chat.UpstreamFailure;
import dev.switchboard.application.port.out.chat.UpstreamReply;
import io.micronaut.json.JsonMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link UpstreamChat} on Netty, sharing the HTTP server's event loops ({@link UpstreamConnector}): a chat
 * handled on a loop talks to its upstream from that loop, and the streamed lines go to the client without
 * changing threads. Neither the Micronaut HTTP client nor {@code java.net.http}: the first kept the upstream
 * connection open after the client went away (STACK_NOTES §6), so an abandoned answer kept generating and
 * costing; the second hands every response across three threads. Here a cancelled stream closes its
 * upstream connection at once.
 */
@Singleton
public class OpenAiUpstreamChat implements UpstreamChat {

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiUpstreamChat.class);
    private static final String USER_AGENT = "Switchboard";

    private final JsonMapper json;
    private final UpstreamTimeouts timeouts;
    private final UpstreamConnector connector;
    private final ChunkInspector inspector = new ChunkInspector();

    OpenAiUpstreamChat(JsonMapper json, UpstreamTimeouts timeouts, UpstreamConnector connector) {
        this.json = json;
        this.timeouts = timeouts;
        this.connector = connector;
    }

    @Override
    public CompletableFuture<UpstreamReply> send(UpstreamCall call) {
        Target target;
        byte[] body;
        try {
            target = Target.of(call.url());
            body = json.writeValueAsBytes(call.body());
        } catch (IOException | IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new UpstreamFailure("the channel's URL cannot be called", 0, true));
        }
        Supplier<FullHttpRequest> request = () -> request(call, target, body);
        EventLoop loop = connector.loop();
        HostResolver resolver = connector.resolver();
        InetAddress known = resolver.known(target.bareHost());
        if (known != null) {
            UpstreamExchange exchange = exchange(loop, target, known, request, call.stream());
            if (loop.inEventLoop()) {
                exchange.start();
            } else {
                loop.execute(exchange::start);
            }
            return exchange.reply;
        }
        return resolver.lookup(target.bareHost())
                .exceptionallyCompose(e -> {
                    LOG.warn("upstream {}: the host name cannot be resolved", target.host());
                    return CompletableFuture.failedFuture(
                            new UpstreamFailure("the upstream's host name cannot be resolved", 0, true));
                })
                .thenCompose(address -> {
                    UpstreamExchange exchange = exchange(loop, target, address, request, call.stream());
                    loop.execute(exchange::start);
                    return exchange.reply;
                });
    }

    private UpstreamExchange exchange(EventLoop loop, Target target, InetAddress address,
                                      Supplier<FullHttpRequest> request, boolean stream) {
        return new UpstreamExchange(connector, loop, target, new InetSocketAddress(address, target.port()), request,
                stream, inspector, json, timeouts);
    }

    private static FullHttpRequest request(UpstreamCall call, Target target, byte[] body) {
        URI url = call.url();
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String uri = url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, uri,
                Unpooled.wrappedBuffer(body));
        HttpHeaders headers = request.headers();
        headers.set(HttpHeaderNames.HOST, target.hostHeader());
        headers.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + call.apiKey());
        headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json");
        headers.set(HttpHeaderNames.ACCEPT, call.stream() ? "text/event-stream" : "application/json");
        headers.set(HttpHeaderNames.USER_AGENT, USER_AGENT);
        headers.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        return request;
    }
}
