package dev.switchboard.adapter.upstream.openai;

import dev.switchboard.application.port.out.chat.UpstreamFailure;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/** Turns transport errors and non-2xx answers into {@link UpstreamFailure}s that say whether to fail over. */
final class UpstreamErrors {

    // Long unbroken tokens may be (parts of) keys that some upstreams echo in error messages.
    private static final Pattern KEY_LIKE = Pattern.compile("[A-Za-z0-9_\\-*.]{20,}");
    private static final int MAX_MESSAGE = 300;

    private UpstreamErrors() {
    }

    static UpstreamFailure fromTransport(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UpstreamFailure failure) {
                return failure;
            }
            if (cause instanceof SSLException) {
                return new UpstreamFailure("the upstream's TLS handshake failed (certificate not trusted?)", 0, true);
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return new UpstreamFailure("the upstream cannot be reached", 0, true);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return new UpstreamFailure("the upstream connection failed", 0, true);
    }

    /**
     * 5xx, 429, 408, auth failures (a bad channel key) and redirects (a misconfigured base URL, e.g. http:// for
     * an https:// API) are the channel's problem: try another one.
     */
    static UpstreamFailure fromStatus(int status, byte[] body, JsonMapper json) {
        boolean channelProblem = status >= 500 || status == 429 || status == 408 || status == 401 || status == 403
                || status / 100 == 3;
        if (channelProblem) {
            return new UpstreamFailure("the upstream answered HTTP " + status, status, true);
        }
        return new UpstreamFailure("the upstream refused the request (HTTP " + status + ")" + detail(body, json),
                status, false);
    }

    private static String detail(byte[] body, JsonMapper json) {
        try {
            Map<String, Object> parsed = json.readValue(body, Argument.mapOf(String.class, Object.class));
            Object error = parsed.get("error");
            Object message = error instanceof Map<?, ?> e ? e.get("message") : error;
            if (message instanceof String text && !text.isBlank()) {
                String safe = KEY_LIKE.matcher(text.strip()).replaceAll("…");
                return ": " + (safe.length() > MAX_MESSAGE ? safe.substring(0, MAX_MESSAGE) + "…" : safe);
            }
        } catch (IOException | RuntimeException e) {
            // not JSON: the status alone has to do
        }
        return "";
    }
}
