package dev.switchboard.adapter.upstream.transport;

import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The idle keep-alive connections of one event loop, by target. Touched only from that loop, so it needs
 * no locks, and a request reuses a connection that already lives on the thread serving it. The most
 * recently used connection goes first (it is the least likely to have been closed by the upstream);
 * connections idle longer than {@link #MAX_IDLE_NANOS} are closed by a sweep.
 */
final class LoopPool {

    static final long MAX_IDLE_NANOS = TimeUnit.SECONDS.toNanos(30);
    static final int MAX_IDLE_PER_TARGET = 256;

    private final Map<Target, ArrayDeque<Idle>> idle = new HashMap<>();

    LoopPool(EventLoop loop) {
        loop.scheduleWithFixedDelay(this::sweep, 10, 10, TimeUnit.SECONDS);
    }

    Channel poll(Target target) {
        ArrayDeque<Idle> connections = idle.get(target);
        long now = System.nanoTime();
        while (connections != null && !connections.isEmpty()) {
            Idle candidate = connections.pollLast();
            if (candidate.channel.isActive() && now - candidate.since < MAX_IDLE_NANOS) {
                return candidate.channel;
            }
            candidate.channel.close();
        }
        return null;
    }

    void offer(Target target, Channel channel) {
        ArrayDeque<Idle> connections = idle.computeIfAbsent(target, t -> new ArrayDeque<>());
        if (connections.size() >= MAX_IDLE_PER_TARGET) {
            channel.close();
            return;
        }
        connections.addLast(new Idle(channel, System.nanoTime()));
    }

    private void sweep() {
        long now = System.nanoTime();
        for (ArrayDeque<Idle> connections : idle.values()) {
            for (Iterator<Idle> it = connections.iterator(); it.hasNext(); ) {
                Idle candidate = it.next();
                if (!candidate.channel.isActive() || now - candidate.since >= MAX_IDLE_NANOS) {
                    it.remove();
                    candidate.channel.close();
                }
            }
        }
    }

    private record Idle(Channel channel, long since) {
    }
}
