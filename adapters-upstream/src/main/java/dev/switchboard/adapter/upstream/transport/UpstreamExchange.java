package dev.switchboard.adapter.upstream.transport;

import dev.switchboard.adapter.upstream.sse.SseLineReader;
import dev.switchboard.application.port.out.chat.UpstreamEvent;
import dev.switchboard.application.port.out.chat.UpstreamFailure;
import dev.switchboard.application.port.out.chat.UpstreamReply;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.DecoderResultProvider;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request to an upstream and its answer, as a handler on the connection's pipeline while the exchange
 * lasts. A streamed 2xx answer completes {@link #reply} as soon as its head arrives and then feeds
 * {@link StreamedEvents}; any other answer is read whole (error bodies up to {@link #MAX_ERROR_BODY}).
 * Everything runs on the connection's event loop. A connection that ends cleanly goes back to the pool;
 * one that is cancelled, broken or timed out is closed — so the upstream sees a client that went away.
 *
 * <p>Time limits: the first byte of the answer's body must arrive within {@code firstByte} of the start
 * (a reasoning model may think a while), then there may be no gap longer than {@code idle} while Switchboard
 * is waiting for the upstream — not while a slow client is keeping it from reading.
 */
@ChannelHandler.Sharable // in one pipeline at a time, but re-added to a fresh connection after a stale pooled one
final class UpstreamExchange extends ChannelInboundHandlerAdapter implements StreamedEvents.Source {

    // Only host and port are logged — a base URL's path or query may carry a key.
    private static final Logger LOG = HttpTransport.LOG;
    static final String NAME = "upstream-exchange";
    static final int MAX_ERROR_BODY = 16 * 1024;
    static final int MAX_BODY = 32 * 1024 * 1024;
    // A pooled connection that closes this soon after the request was written had been closed while idle; one
    // that closes later may have been working on the request, which must then not be sent twice.
    // After [DONE] the body should end at once; an upstream that leaves it open gets this long before the
    // connection is closed instead of going back to the pool.
    private static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long STALE_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);

    private enum State { CONNECTING, HEAD, STREAM, DRAIN, BODY, DONE }

    private final UpstreamConnector connector;
    private final EventLoop loop;
    private final Target target;
    private final InetSocketAddress address;
    private final Supplier<FullHttpRequest> request;
    private final boolean stream;
    private final AnswerCodec codec;
    private final long firstByteNanos;
    private final long idleNanos;
    final CompletableFuture<UpstreamReply> reply = new CompletableFuture<>();

    private State state = State.CONNECTING;
    private Channel channel;
    private boolean reused;
    private boolean retried;
    private boolean sawResponse;
    private boolean sawBody;
    private boolean written;
    private boolean keepAlive;
    private boolean reading;
    private int status;
    private int retryAfterSeconds;
    private long deadline;
    private long writtenAt;
    private ScheduledFuture<?> timer;
    private Throwable cause;
    private ByteArrayOutputStream body;
    private SseLineReader lines;
    private StreamDecoder decoder;
    private final List<UpstreamEvent> decoded = new ArrayList<>();
    private StreamedEvents events;
    private final List<byte[]> cut = new ArrayList<>();

    UpstreamExchange(UpstreamConnector connector, EventLoop loop, Target target, InetSocketAddress address,
                     Supplier<FullHttpRequest> request, boolean stream, AnswerCodec codec,
                     UpstreamTimeouts timeouts) {
        this.connector = connector;
        this.loop = loop;
        this.target = target;
        this.address = address;
        this.request = request;
        this.stream = stream;
        this.codec = codec;
        this.firstByteNanos = timeouts.firstByte().toNanos();
        this.idleNanos = timeouts.idle().toNanos();
    }

    /** Starts the exchange; call on {@link #loop}. */
    void start() {
        deadline = System.nanoTime() + firstByteNanos;
        timer = loop.schedule(this::checkDeadline, Math.min(firstByteNanos, idleNanos), TimeUnit.NANOSECONDS);
        // The caller gave up before the answer began (its client went away): stop the upstream working on it.
        reply.whenComplete((answer, error) -> {
            if (error instanceof CancellationException) {
                loop.execute(this::abandon);
            }
        });
        connect(false);
    }

    private void abandon() {
        if (state != State.DONE && state != State.STREAM) {
            close();
        }
    }

    private void connect(boolean fresh) {
        connector.acquire(loop, target, address, fresh, new UpstreamConnector.Lease() {
            @Override
            public void ready(Channel connection, boolean pooled) {
                attach(connection, pooled);
            }

            @Override
            public void failed(Throwable error) {
                fail(TransportErrors.fromTransport(error));
            }
        });
    }

    private void attach(Channel connection, boolean pooled) {
        if (state == State.DONE) {
            connection.close();
            return;
        }
        channel = connection;
        reused = pooled;
        state = State.HEAD;
        sawResponse = false;
        written = false;
        connection.pipeline().addLast(NAME, this);
        FullHttpRequest message;
        try {
            message = request.get();
        } catch (RuntimeException invalid) {
            fail(TransportErrors.transport("the channel's request cannot be built (a key with a line break?)"));
            return;
        }
        writtenAt = System.nanoTime();
        connection.writeAndFlush(message).addListener(done -> {
            if (done.isSuccess()) {
                written = true;
            } else if (connection == channel) {
                cause = done.cause();
                connection.close();
            }
        });
        connection.read();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        try {
            if (state == State.DONE || ctx.channel() != channel) {
                return;
            }
            if (message instanceof DecoderResultProvider decoded && decoded.decoderResult().isFailure()) {
                cause = decoded.decoderResult().cause();
                ctx.close();
                return;
            }
            if (message instanceof HttpResponse head) {
                onHead(head);
            }
            if (message instanceof HttpContent content
                    && (state == State.STREAM || state == State.DRAIN || state == State.BODY)) {
                onContent(content);
            }
        } finally {
            ReferenceCountUtil.release(message);
        }
    }

    private void onHead(HttpResponse head) {
        if (head.status().codeClass() == io.netty.handler.codec.http.HttpStatusClass.INFORMATIONAL) {
            return;
        }
        sawResponse = true;
        status = head.status().code();
        retryAfterSeconds = RetryAfter.seconds(head.headers().get("Retry-After"), java.time.Instant.now());
        keepAlive = HttpUtil.isKeepAlive(head);
        if (stream && status / 100 == 2) {
            state = State.STREAM;
            lines = new SseLineReader(MAX_BODY);
            decoder = codec.streamDecoder();
            events = new StreamedEvents(loop, this);
            reply.complete(UpstreamReply.streaming(events));
        } else {
            state = State.BODY;
            body = new ByteArrayOutputStream();
        }
    }

    private void onContent(HttpContent content) {
        ByteBuf bytes = content.content();
        if (bytes.isReadable()) {
            sawBody = true;
            deadline = System.nanoTime() + idleNanos;
        }
        boolean last = content instanceof LastHttpContent;
        if (state == State.STREAM) {
            boolean tooLong = false;
            try {
                lines.feed(bytes, cut);
            } catch (IllegalStateException e) {
                // Failed here, not via exceptionCaught: closing the channel would first make the HTTP decoder
                // end the body, and the half line would then pass as the stream's normal last line.
                tooLong = true;
            }
            if (last && !tooLong) {
                cut.addAll(lines.finish());
            }
            for (byte[] line : cut) {
                decoder.line(line, decoded);
            }
            cut.clear();
            if (last && !tooLong) {
                decoder.end(decoded);
            }
            boolean done = decoder.done();
            for (UpstreamEvent event : decoded) {
                events.add(event);
            }
            decoded.clear();
            if (tooLong) {
                endStream(badAnswer("the upstream sent a line longer than " + MAX_BODY + " bytes"));
            } else if (last) {
                finish();
                events.complete();
            } else if (done) {
                // The format's closing event ends the answer for the client now; the body's own end is awaited in the background
                // so the connection can still go back to the pool.
                state = State.DRAIN;
                deadline = System.nanoTime() + Math.min(DRAIN_NANOS, idleNanos);
                events.complete();
            }
            return;
        }
        if (state == State.DRAIN) {
            if (last) {
                finish();
            }
            return;
        }
        int limit = status / 100 == 2 ? MAX_BODY : MAX_ERROR_BODY;
        int take = Math.min(bytes.readableBytes(), limit - body.size());
        if (take < bytes.readableBytes() && status / 100 == 2) {
            fail(badAnswer("the upstream's answer is too large"));
            return;
        }
        if (take > 0) {
            body.writeBytes(ByteBufUtil.getBytes(bytes, bytes.readerIndex(), take));
        }
        if (last) {
            finish();
            answer(body.toByteArray());
        }
    }

    private void answer(byte[] whole) {
        if (status / 100 != 2) {
            UpstreamFailure refused = codec.refusal(status, whole);
            if (retryAfterSeconds > 0) {
                refused = refused.withRetryAfter(retryAfterSeconds);
            }
            log(refused);
            reply.completeExceptionally(refused);
            return;
        }
        try {
            reply.complete(codec.whole(whole));
        } catch (IOException | RuntimeException e) {
            reply.completeExceptionally(badAnswer("the upstream sent no JSON"));
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (ctx.channel() != channel) {
            return;
        }
        reading = false;
        if (state == State.STREAM) {
            events.endRead();
        } else if (state == State.HEAD || state == State.BODY || state == State.DRAIN) {
            read();
        }
    }

    @Override
    public void demand() {
        if (state == State.STREAM) {
            read();
        }
    }

    private void read() {
        if (!reading) {
            reading = true;
            if (sawBody) {
                deadline = System.nanoTime() + idleNanos;
            }
            channel.read();
        }
    }

    @Override
    public void cancel() {
        if (state != State.DONE && state != State.DRAIN) {
            close();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable error) {
        if (ctx.channel() != channel) {
            return;
        }
        cause = error;
        if (ctx.channel().isActive()) {
            ctx.close();
        } else {
            closed();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (ctx.channel() == channel) {
            closed();
        }
        ctx.fireChannelInactive();
    }

    private void closed() {
        switch (state) {
            case HEAD -> {
                if (reused && !sawResponse && !retried && System.nanoTime() - writtenAt < STALE_WINDOW_NANOS) {
                    // A pooled connection the upstream had closed while idle: nothing was answered, try a new one.
                    retried = true;
                    cause = null;
                    channel.pipeline().remove(this);
                    state = State.CONNECTING;
                    connect(true);
                } else {
                    fail(cause != null ? TransportErrors.fromTransport(cause)
                            : TransportErrors.transport("the upstream closed the connection without an answer"));
                }
            }
            case BODY -> fail(badAnswer("the upstream broke off its answer"));
            case DRAIN -> close();
            case STREAM -> endStream(badAnswer("the upstream broke off the stream"));
            default -> {
            }
        }
    }

    private void checkDeadline() {
        if (state == State.DONE) {
            return;
        }
        long now = System.nanoTime();
        if (state == State.STREAM && events.waitingForClient()) {
            // Not the upstream's fault while the client is not reading — but a client that takes nothing for a
            // whole idle period is gone or stuck, and must not hold the upstream connection for ever.
            long clientDeadline = events.lastDemand() + idleNanos;
            if (now - clientDeadline < 0) {
                deadline = now + idleNanos;
                timer = loop.schedule(this::checkDeadline, clientDeadline - now, TimeUnit.NANOSECONDS);
                return;
            }
            endStream(new UpstreamFailure(UpstreamFailure.Kind.TIMEOUT, "the client stopped reading the stream", status));
            return;
        }
        if (now - deadline < 0) {
            timer = loop.schedule(this::checkDeadline, Math.min(deadline - now, idleNanos), TimeUnit.NANOSECONDS);
            return;
        }
        if (state == State.DRAIN) {
            close();
            return;
        }
        UpstreamFailure timeout = new UpstreamFailure(UpstreamFailure.Kind.TIMEOUT, "the upstream did not answer in time", 0);
        if (state == State.STREAM) {
            endStream(timeout);
        } else {
            fail(timeout);
        }
    }

    private void endStream(UpstreamFailure failure) {
        log(failure);
        close();
        events.fail(failure);
    }

    /** The answer was read to its end: the connection is free for the next request, if it can be reused. */
    private void finish() {
        state = State.DONE;
        stopTimer();
        channel.pipeline().remove(this);
        if (keepAlive && written && channel.isActive()) {
            connector.release(target, channel);
        } else {
            channel.close();
        }
    }

    private void fail(UpstreamFailure failure) {
        log(failure);
        close();
        reply.completeExceptionally(failure);
    }

    private UpstreamFailure badAnswer(String message) {
        return new UpstreamFailure(UpstreamFailure.Kind.BAD_ANSWER, message, status);
    }

    private void log(UpstreamFailure failure) {
        if (failure.kind() != UpstreamFailure.Kind.STATUS || failure.status() >= 500 || failure.status() == 429) {
            LOG.warn("upstream {}:{}: {}", target.host(), target.port(), failure.getMessage());
        } else {
            LOG.debug("upstream {}:{}: {}", target.host(), target.port(), failure.getMessage());
        }
    }

    /** Ends the exchange without returning the connection to the pool. */
    private void close() {
        state = State.DONE;
        stopTimer();
        if (channel != null) {
            channel.close();
        }
    }

    private void stopTimer() {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
