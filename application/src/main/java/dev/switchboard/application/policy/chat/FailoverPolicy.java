package dev.switchboard.application.policy.chat;

import dev.switchboard.application.port.out.chat.UpstreamFailure;
import java.util.Set;

/**
 * Policy: which upstream failures move a request on to the next channel (SPEC §11, §13). Transient trouble —
 * no connection, a timeout, an unreadable answer, 408, 429, 529 and other 5xx — and the channel's own faults —
 * a bad key (401, 403), an exhausted account (402, {@code insufficient_quota}, {@code billing_error}), a base
 * URL that redirects — fail over; any other refusal is the request's fault and goes back to the client.
 */
public final class FailoverPolicy {

    /** What a failure means for the request. */
    public enum Verdict {
        /** Worth another channel; this one may work again soon. */
        TRANSIENT,
        /** Worth another channel; this one is misconfigured or out of credit. */
        CHANNEL_FAULT,
        /** The request itself was refused: another channel would refuse it too. */
        REQUEST_FAULT;

        public boolean failsOver() {
            return this != REQUEST_FAULT;
        }
    }

    private static final Set<String> ACCOUNT_TYPES = Set.of("insufficient_quota", "billing_error");
    private static final Set<String> TRANSIENT_TYPES =
            Set.of("overloaded_error", "rate_limit_error", "api_error", "RESOURCE_EXHAUSTED", "UNAVAILABLE");

    private FailoverPolicy() {
    }

    public static Verdict judge(UpstreamFailure failure) {
        if (failure.kind() != UpstreamFailure.Kind.STATUS) {
            return Verdict.TRANSIENT;
        }
        int status = failure.status();
        if (badKeyOrAccount(failure) || status / 100 == 3) {
            return Verdict.CHANNEL_FAULT;
        }
        if (status >= 500 || status == 429 || status == 408 || TRANSIENT_TYPES.contains(failure.errorType())) {
            return Verdict.TRANSIENT;
        }
        return Verdict.REQUEST_FAULT;
    }

    /**
     * The upstream refused the channel's key or its account (401, 403, 402, {@code insufficient_quota},
     * {@code billing_error}): no retry will help until someone fixes it, so health takes the channel out at once.
     */
    public static boolean badKeyOrAccount(UpstreamFailure failure) {
        if (failure.kind() != UpstreamFailure.Kind.STATUS) {
            return false;
        }
        int status = failure.status();
        return ACCOUNT_TYPES.contains(failure.errorType()) || status == 401 || status == 402 || status == 403;
    }

    public static boolean failsOver(UpstreamFailure failure) {
        return judge(failure).failsOver();
    }
}
