package dev.switchboard.application.policy.routing;

import dev.switchboard.application.port.out.chat.UpstreamFailure;
import dev.switchboard.domain.channel.ChannelError;
import java.util.regex.Pattern;

/**
 * Policy: what of an upstream failure may be kept and shown (SPEC §13): at most 300 characters, the channel's
 * own key and anything key-shaped masked — upstreams echo keys in their error bodies — and never prompt content
 * (failures carry none: the upstream adapters build their messages from status and error text only).
 */
public final class ErrorTextPolicy {

    // key prefixes of the usual providers, then any long unbroken token such as a bare key or a JWT
    private static final Pattern KEY_SHAPED = Pattern.compile(
            "(?i)\\b(sk|sb|pk|rk|ak|key|token|bearer)[-_][A-Za-z0-9_\\-*.]{6,}|AIza[A-Za-z0-9_\\-]{10,}|[A-Za-z0-9_\\-*.+/=]{20,}");

    private ErrorTextPolicy() {
    }

    public static String clean(String message, String channelKey) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String text = message.strip();
        if (channelKey != null && channelKey.length() >= 4) {
            text = text.replace(channelKey, "…");
        }
        text = KEY_SHAPED.matcher(text).replaceAll("…");
        return text.length() > ChannelError.MAX_MESSAGE ? text.substring(0, ChannelError.MAX_MESSAGE - 1) + "…" : text;
    }

    /** The short type shown next to a failure: the upstream's own error type, else how the exchange failed. */
    public static String type(UpstreamFailure failure) {
        if (!failure.errorType().isEmpty()) {
            return failure.errorType();
        }
        return switch (failure.kind()) {
            case STATUS -> failure.status() >= 500 ? "server_error" : "http_error";
            case TIMEOUT -> "timeout";
            case TRANSPORT -> "connection_error";
            case BAD_ANSWER -> "bad_answer";
        };
    }
}
