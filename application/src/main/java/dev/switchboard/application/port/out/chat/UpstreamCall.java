package dev.switchboard.application.port.out.chat;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/** One request to an upstream: where, with which key, and the body to send as JSON. */
public record UpstreamCall(URI url, String apiKey, Map<String, Object> body, boolean stream) {

    public UpstreamCall {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public String toString() {
        return "UpstreamCall[url=" + url + ", stream=" + stream + "]";
    }
}
