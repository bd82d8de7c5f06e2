package dev.switchboard.adapter.upstream.transport;

import dev.switchboard.application.port.out.chat.UpstreamFailure;
import java.net.ConnectException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/** Turns connection errors into {@link UpstreamFailure}s that say what went wrong, never with a key. */
final class TransportErrors {

    private TransportErrors() {
    }

    static UpstreamFailure fromTransport(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UpstreamFailure failure) {
                return failure;
            }
            if (cause instanceof SSLException) {
                return transport("the upstream's TLS handshake failed (certificate not trusted?)");
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return transport("the upstream cannot be reached");
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return transport("the upstream connection failed");
    }

    static UpstreamFailure transport(String message) {
        return new UpstreamFailure(UpstreamFailure.Kind.TRANSPORT, message, 0);
    }
}
