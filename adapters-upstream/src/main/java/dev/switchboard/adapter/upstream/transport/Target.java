package dev.switchboard.adapter.upstream.transport;

import java.net.URI;
import java.util.Locale;

/** Where a pooled upstream connection leads: host, port and whether it speaks TLS. */
record Target(String host, int port, boolean tls) {

    static Target of(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("only http and https upstreams are supported");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("the upstream URL has no host");
        }
        boolean tls = scheme.equals("https");
        return new Target(host, url.getPort() >= 0 ? url.getPort() : tls ? 443 : 80, tls);
    }

    /** The host without the brackets an IPv6 literal carries in a URL. */
    String bareHost() {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    String hostHeader() {
        return port == (tls ? 443 : 80) ? host : host + ":" + port;
    }
}
