package dev.switchboard.application.policy.chat;

import dev.switchboard.domain.chat.ChatEvent;

/**
 * Policy: what the end of a relayed stream means. An error event inside it makes it failed; otherwise it
 * finished properly only when the upstream said so (a finish reason, or its format's closing line such as
 * OpenAI's {@code [DONE]}) — a stream that just stops was cut off, and the client must hear that.
 */
public final class StreamEndPolicy {

    /** How a stream ended. */
    public enum Ending {
        FINISHED, CUT_OFF, FAILED;

        public boolean ok() {
            return this == FINISHED;
        }
    }

    private StreamEndPolicy() {
    }

    public static Ending judge(boolean sawFinish, boolean sawClosingLine, ChatEvent.Error error) {
        if (error != null) {
            return Ending.FAILED;
        }
        return sawFinish || sawClosingLine ? Ending.FINISHED : Ending.CUT_OFF;
    }
}
