package dev.switchboard.adapter.upstream.transport;

import dev.switchboard.application.port.out.chat.UpstreamReply;
import io.netty.buffer.Unpooled;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP transport every provider uses, on Netty, sharing the HTTP server's event loops ({@link UpstreamConnector}): a chat
 * handled on a loop talks to its upstream from that loop, and the streamed lines go to the client without
 * changing threads. Neither the Micronaut HTTP client nor {@code java.net.http}: the first kept the upstream
 * connection open after the client went away (STACK_NOTES §6), so an abandoned answer kept generating and
 * costing; the second hands every response across three threads. Here a cancelled stream closes its
 * upstream connection at once.
 */
@Singleton
public class HttpTransport {

    // Named after the transport so operators can tune one logger for every upstream.
    static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);
    private static final String USER_AGENT = "Switchboard";

    private final UpstreamTimeouts timeouts;
    private final UpstreamConnector connector;

    HttpTransport(UpstreamTimeouts timeouts, UpstreamConnector connector) {
        this.timeouts = timeouts;
        this.connector = connector;
    }

    /** Sends the request; the provider's {@code codec} reads the answer. Non-blocking. */
    public CompletableFuture<UpstreamReply> send(UpstreamRequest call, AnswerCodec codec) {
        Target target;
        try {
            target = Target.of(call.url());
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(TransportErrors.transport("the channel's URL cannot be called"));
        }
        Supplier<FullHttpRequest> request = () -> request(call, target);
        EventLoop loop = connector.loop();
        HostResolver resolver = connector.resolver();
        InetAddress known = resolver.known(target.bareHost());
        if (known != null) {
            UpstreamExchange exchange = exchange(loop, target, known, request, call.stream(), codec);
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
                            TransportErrors.transport("the upstream's host name cannot be resolved"));
                })
                .thenCompose(address -> {
                    UpstreamExchange exchange = exchange(loop, target, address, request, call.stream(), codec);
                    loop.execute(exchange::start);
                    return exchange.reply;
                });
    }

    private UpstreamExchange exchange(EventLoop loop, Target target, InetAddress address,
                                      Supplier<FullHttpRequest> request, boolean stream, AnswerCodec codec) {
        return new UpstreamExchange(connector, loop, target, new InetSocketAddress(address, target.port()), request,
                stream, codec, timeouts);
    }

    private static FullHttpRequest request(UpstreamRequest call, Target target) {
        byte[] body = call.body();
        URI url = call.url();
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String uri = url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, uri,
                Unpooled.wrappedBuffer(body));
        HttpHeaders headers = request.headers();
        headers.set(HttpHeaderNames.HOST, target.hostHeader());
        call.headers().forEach(headers::set);
        headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json");
        headers.set(HttpHeaderNames.ACCEPT, call.stream() ? "text/event-stream" : "application/json");
        headers.set(HttpHeaderNames.USER_AGENT, USER_AGENT);
        headers.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        return request;
    }
}
