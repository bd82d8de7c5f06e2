package dev.switchboard.adapter.upstream.transport;

import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Host names to addresses without blocking an event loop: IP literals need no lookup, a name looked up in
 * the last {@link #TTL_NANOS} is answered from memory, and only a miss goes to the system resolver — on the
 * blocking executor, since {@code InetAddress} lookups block.
 */
final class HostResolver {

    static final long TTL_NANOS = 30_000_000_000L;

    private final Executor blocking;
    private final ConcurrentHashMap<String, Resolved> cache = new ConcurrentHashMap<>();

    HostResolver(Executor blocking) {
        this.blocking = blocking;
    }

    /** The address if it is known without a lookup, otherwise null. */
    InetAddress known(String host) {
        InetAddress literal = NetUtil.createInetAddressFromIpAddressString(host);
        if (literal != null) {
            return literal;
        }
        Resolved resolved = cache.get(host);
        return resolved != null && System.nanoTime() - resolved.expires < 0 ? resolved.address : null;
    }

    CompletableFuture<InetAddress> lookup(String host) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                InetAddress address = InetAddress.getByName(host);
                cache.put(host, new Resolved(address, System.nanoTime() + TTL_NANOS));
                return address;
            } catch (UnknownHostException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, blocking);
    }

    private record Resolved(InetAddress address, long expires) {
    }
}
