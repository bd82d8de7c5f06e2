package dev.switchboard.adapter.web.support;

import dev.switchboard.domain.ipblock.CidrRange;
import dev.switchboard.domain.ipblock.IpAddress;
import dev.switchboard.domain.ipblock.RangeIndex;
import dev.switchboard.domain.shared.InvalidInputException;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The client's IP address for limits, the blocklist and the usage log, in canonical form. By default the
 * socket's peer. {@code X-Forwarded-For} (read right to left, skipping trusted hops) and {@code X-Real-IP}
 * count only when the peer is inside {@code TRUSTED_PROXIES}; otherwise anyone could pick their own IP.
 */
@Singleton
public class ClientIpResolver {

    private final RangeIndex<CidrRange> trustedProxies;

    public ClientIpResolver(@Value("${switchboard.trusted-proxies:}") String trustedProxies) {
        this.trustedProxies = RangeIndex.of(parse(trustedProxies), r -> r);
    }

    public String resolve(HttpRequest<?> request) {
        String peer = peer(request.getRemoteAddress());
        Optional<IpAddress> peerIp = IpAddress.tryParse(peer);
        if (trustedProxies.isEmpty() || peerIp.isEmpty() || !isTrusted(peerIp.get())) {
            return peer;
        }
        List<String> hops = forwardedFor(request);
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<IpAddress> hop = ForwardedHop.parse(hops.get(i));
            if (hop.isEmpty()) {
                return client; // garbage from beyond our proxies: the last hop we can vouch for
            }
            client = hop.get().toString();
            if (!isTrusted(hop.get())) {
                return client;
            }
        }
        if (hops.isEmpty()) {
            return ForwardedHop.parse(request.getHeaders().get("X-Real-IP")).map(IpAddress::toString).orElse(peer);
        }
        return client;
    }

    private boolean isTrusted(IpAddress address) {
        return trustedProxies.find(address).isPresent();
    }

    private static List<String> forwardedFor(HttpRequest<?> request) {
        List<String> hops = new ArrayList<>();
        for (String value : request.getHeaders().getAll("X-Forwarded-For")) {
            Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(hops::add);
        }
        return hops;
    }

    private static String peer(InetSocketAddress remote) {
        if (remote == null || remote.getAddress() == null) {
            return remote == null ? "unknown" : remote.getHostString();
        }
        String text = remote.getAddress().getHostAddress();
        int zone = text.indexOf('%');
        String bare = zone < 0 ? text : text.substring(0, zone);
        return IpAddress.tryParse(bare).map(IpAddress::toString).orElse(bare);
    }

    private static List<CidrRange> parse(String csv) {
        List<CidrRange> ranges = new ArrayList<>();
        for (String item : csv == null ? new String[0] : csv.split(",")) {
            if (item.isBlank()) {
                continue;
            }
            try {
                ranges.add(CidrRange.parse(item));
            } catch (InvalidInputException e) {
                throw new IllegalStateException("TRUSTED_PROXIES: " + e.getMessage(), e);
            }
        }
        return ranges;
    }
}
