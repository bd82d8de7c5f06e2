package dev.switchboard.application.policy.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.application.policy.chat.StreamEndPolicy.Ending;
import dev.switchboard.domain.chat.ChatEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreamEndPolicyTest {

    @ParameterizedTest(name = "finish={0} closing line={1} error={2} -> {3}")
    @CsvSource({
            "true, true, false, FINISHED",
            "true, false, false, FINISHED",
            "false, true, false, FINISHED",
            "false, false, false, CUT_OFF",
            "true, false, true, FAILED",
            "false, false, true, FAILED",
    })
    void judgesHowAStreamEnded(boolean finish, boolean closing, boolean error, Ending expected) {
        ChatEvent.Error reported = error ? new ChatEvent.Error("overloaded_error", 529, "Overloaded") : null;
        assertEquals(expected, StreamEndPolicy.judge(finish, closing, reported));
    }
}
