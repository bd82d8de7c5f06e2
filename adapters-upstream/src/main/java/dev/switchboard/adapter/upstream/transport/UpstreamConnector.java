package dev.switchboard.adapter.upstream.transport;

import io.micronaut.http.netty.channel.EventLoopGroupConfiguration;
import io.micronaut.http.netty.channel.EventLoopGroupFactory;
import io.micronaut.http.netty.channel.EventLoopGroupRegistry;
import io.micronaut.http.netty.channel.NettyChannelType;
import io.micronaut.scheduling.TaskExecutors;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.AdaptiveRecvByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.resolver.NoopAddressResolverGroup;
import io.netty.util.concurrent.EventExecutor;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import javax.net.ssl.SSLException;

/**
 * Connections to upstreams on the HTTP server's own Netty event loops. A chat arrives on a loop; its
 * upstream connection is taken from (or opened on) that same loop, so the upstream's bytes are read and
 * written to the client by one thread with no hand-off — the way a reverse proxy relays. Idle keep-alive
 * connections wait in a {@link LoopPool} per loop.
 */
@Singleton
final class UpstreamConnector {

    private final EventLoopGroup group;
    private final Class<? extends Channel> channelClass;
    private final SslContext tls;
    private final int connectMillis;
    private final HostResolver resolver;
    private final Map<EventExecutor, LoopPool> pools = new ConcurrentHashMap<>();

    UpstreamConnector(EventLoopGroupRegistry loops, EventLoopGroupFactory factory, UpstreamTimeouts timeouts,
                      @Named(TaskExecutors.BLOCKING) ExecutorService blocking) throws SSLException {
        this.group = loops.getDefaultEventLoopGroup();
        this.channelClass = factory.channelClass(NettyChannelType.CLIENT_SOCKET,
                loops.getEventLoopGroupConfiguration(EventLoopGroupConfiguration.DEFAULT).orElse(null));
        this.tls = SslContextBuilder.forClient().endpointIdentificationAlgorithm("HTTPS").build();
        this.connectMillis = (int) Math.min(Integer.MAX_VALUE, timeouts.connect().toMillis());
        this.resolver = new HostResolver(blocking);
    }

    HostResolver resolver() {
        return resolver;
    }

    /** The loop the calling thread runs, if it is one of ours (a chat handled on the event loop), else any. */
    EventLoop loop() {
        for (EventExecutor executor : group) {
            if (executor.inEventLoop()) {
                return (EventLoop) executor;
            }
        }
        return group.next();
    }

    /** A connection to {@code target} on {@code loop}: a pooled one unless {@code fresh}. Call on the loop. */
    void acquire(EventLoop loop, Target target, InetSocketAddress address, boolean fresh, Lease lease) {
        if (!fresh) {
            Channel idle = pool(loop).poll(target);
            if (idle != null) {
                lease.ready(idle, true);
                return;
            }
        }
        ChannelFuture connecting = new Bootstrap()
                .group(loop)
                .channel(channelClass)
                .resolver(NoopAddressResolverGroup.INSTANCE)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectMillis)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.AUTO_READ, false)
                // With AUTO_READ off every read() is one socket read, so start big enough for a whole burst
                // of chunks (Netty's default first guess is 2 KB, which cut a fast answer into many reads).
                .option(ChannelOption.RECVBUF_ALLOCATOR, new AdaptiveRecvByteBufAllocator(1024, 16 * 1024, 64 * 1024))
                .handler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        if (target.tls()) {
                            SslHandler handler = tls.newHandler(channel.alloc(), target.bareHost(), target.port());
                            channel.pipeline().addLast(handler);
                        }
                        channel.pipeline().addLast(new HttpClientCodec());
                    }
                })
                .connect(address);
        connecting.addListener((ChannelFuture done) -> {
            if (done.isSuccess()) {
                lease.ready(done.channel(), false);
            } else {
                lease.failed(done.cause());
            }
        });
    }

    /** Returns a connection whose exchange ended cleanly to its loop's pool. Call on the loop. */
    void release(Target target, Channel channel) {
        pool(channel.eventLoop()).offer(target, channel);
    }

    private LoopPool pool(EventLoop loop) {
        return pools.computeIfAbsent(loop, l -> new LoopPool((EventLoop) l));
    }

    interface Lease {
        void ready(Channel channel, boolean reused);

        void failed(Throwable cause);
    }
}
