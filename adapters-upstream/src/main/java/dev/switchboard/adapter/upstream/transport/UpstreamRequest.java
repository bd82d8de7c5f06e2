package dev.switchboard.adapter.upstream.transport;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/** One HTTP POST to an upstream: the URL, the provider's headers (the key among them) and the JSON body. */
public record UpstreamRequest(URI url, Map<String, String> headers, byte[] body, boolean stream) {

    public UpstreamRequest {
        Objects.requireNonNull(url, "url");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    @Override
    public String toString() {
        return "UpstreamRequest[host=" + url.getHost() + ", stream=" + stream + "]";
    }
}
