package dev.switchboard.adapter.web.responses;

import java.util.concurrent.ThreadLocalRandom;

/** Ids in the Responses API's styles ({@code resp_…}, {@code msg_…}, {@code fc_…}, {@code rs_…}); not secrets. */
final class ResponseIds {

    private ResponseIds() {
    }

    static String response() {
        return "resp_" + random();
    }

    static String message() {
        return "msg_" + random();
    }

    static String functionCall() {
        return "fc_" + random();
    }

    static String reasoning() {
        return "rs_" + random();
    }

    /** A tool call's own id when the upstream gave none. */
    static String call() {
        return "call_" + random();
    }

    private static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
    }
}
