package dev.switchboard.application.policy.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.application.policy.chat.FailoverPolicy.Verdict;
import dev.switchboard.application.port.out.chat.UpstreamFailure;
import dev.switchboard.application.port.out.chat.UpstreamFailure.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailoverPolicyTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            "TRANSPORT, 0, '', TRANSIENT",
            "TIMEOUT, 0, '', TRANSIENT",
            "BAD_ANSWER, 200, '', TRANSIENT",
            "STATUS, 429, rate_limit_error, TRANSIENT",
            "STATUS, 429, RESOURCE_EXHAUSTED, TRANSIENT",
            "STATUS, 529, overloaded_error, TRANSIENT",
            "STATUS, 500, '', TRANSIENT",
            "STATUS, 503, UNAVAILABLE, TRANSIENT",
            "STATUS, 408, '', TRANSIENT",
            "STATUS, 401, authentication_error, CHANNEL_FAULT",
            "STATUS, 403, permission_error, CHANNEL_FAULT",
            "STATUS, 402, '', CHANNEL_FAULT",
            "STATUS, 429, insufficient_quota, CHANNEL_FAULT",
            "STATUS, 400, billing_error, CHANNEL_FAULT",
            "STATUS, 301, '', CHANNEL_FAULT",
            "STATUS, 400, invalid_request_error, REQUEST_FAULT",
            "STATUS, 404, not_found_error, REQUEST_FAULT",
            "STATUS, 413, '', REQUEST_FAULT",
            "STATUS, 422, '', REQUEST_FAULT",
    })
    void judgesEachOutcome(Kind kind, int status, String type, Verdict expected) {
        assertEquals(expected, FailoverPolicy.judge(new UpstreamFailure(kind, "x", status, type)));
        assertEquals(expected != Verdict.REQUEST_FAULT,
                FailoverPolicy.failsOver(new UpstreamFailure(kind, "x", status, type)));
    }
}
