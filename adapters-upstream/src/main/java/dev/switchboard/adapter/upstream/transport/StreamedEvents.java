package dev.switchboard.adapter.upstream.transport;

import dev.switchboard.application.port.out.chat.UpstreamEvent;
import io.netty.channel.EventLoop;
import java.util.ArrayDeque;
import java.util.concurrent.Flow;

/**
 * The events of one streamed answer as a single-subscriber {@link Flow.Publisher}, confined to the upstream
 * connection's event loop (calls from other threads are moved there). Lines are handed on per upstream read:
 * those a read delivered become available together when the read completes, the last one marked
 * {@code lastOfRead}, so the relay writes them to the client in one go. The upstream is only read while the
 * subscriber has demand and nothing is queued — a slow client leaves the bytes in the upstream socket.
 */
final class StreamedEvents implements Flow.Publisher<UpstreamEvent>, Flow.Subscription {

    /** The connection side: read more, or give up the stream. */
    interface Source {
        void demand();

        void cancel();
    }

    private final EventLoop loop;
    private final Source source;
    private final ArrayDeque<UpstreamEvent> queue = new ArrayDeque<>();
    private int ready;
    private long demand;
    private long lastDemand = System.nanoTime();
    private Flow.Subscriber<? super UpstreamEvent> subscriber;
    private boolean ended;
    private boolean terminated;
    private boolean cancelled;
    private boolean draining;
    private Throwable failure;

    StreamedEvents(EventLoop loop, Source source) {
        this.loop = loop;
        this.source = source;
    }

    void add(UpstreamEvent event) {
        if (!cancelled) {
            queue.add(event.lastOfRead(false));
        }
    }

    /** The current upstream read is complete: its lines may go. */
    void endRead() {
        if (queue.size() > ready) {
            queue.add(queue.pollLast().lastOfRead(true));
            ready = queue.size();
        }
        drain();
    }

    void complete() {
        ended = true;
        endRead();
    }

    void fail(Throwable cause) {
        failure = cause;
        complete();
    }

    boolean waitingForClient() {
        return subscriber != null && demand == 0 && !ended;
    }

    /** When the subscriber last asked for more (or subscribed). */
    long lastDemand() {
        return lastDemand;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super UpstreamEvent> candidate) {
        onLoop(() -> {
            if (subscriber != null) {
                candidate.onSubscribe(new Flow.Subscription() {
                    @Override
                    public void request(long n) {
                    }

                    @Override
                    public void cancel() {
                    }
                });
                candidate.onError(new IllegalStateException("an upstream stream can be read once"));
                return;
            }
            subscriber = candidate;
            lastDemand = System.nanoTime();
            candidate.onSubscribe(this);
            drain();
        });
    }

    @Override
    public void request(long n) {
        onLoop(() -> {
            if (n <= 0) {
                cancel();
                subscriber.onError(new IllegalArgumentException("request must be positive (§3.9)"));
                return;
            }
            demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
            lastDemand = System.nanoTime();
            drain();
        });
    }

    @Override
    public void cancel() {
        onLoop(() -> {
            if (!cancelled && !terminated) {
                cancelled = true;
                queue.clear();
                ready = 0;
                source.cancel();
            }
        });
    }

    private void drain() {
        if (draining || subscriber == null || cancelled || terminated) {
            return;
        }
        draining = true;
        try {
            while (demand > 0 && ready > 0 && !cancelled) {
                ready--;
                demand--;
                subscriber.onNext(queue.poll());
            }
            if (ended && ready == 0 && !cancelled) {
                terminated = true;
                if (failure != null) {
                    subscriber.onError(failure);
                } else {
                    subscriber.onComplete();
                }
                return;
            }
        } finally {
            draining = false;
        }
        if (!ended && !cancelled && queue.isEmpty() && demand > 0) {
            source.demand();
        }
    }

    private void onLoop(Runnable task) {
        if (loop.inEventLoop()) {
            task.run();
        } else {
            loop.execute(task);
        }
    }
}
