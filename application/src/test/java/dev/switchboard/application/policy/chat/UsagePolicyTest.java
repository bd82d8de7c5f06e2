package dev.switchboard.application.policy.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.domain.usage.TokenUsage;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UsagePolicyTest {

    private static final TokenUsage ESTIMATE = new TokenUsage(12, 34);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("no report: the estimate", null, ESTIMATE),
                Arguments.of("a full report wins", new TokenUsage(100, 7, 60, 3), new TokenUsage(100, 7, 60, 3)),
                Arguments.of("a zero report is a report", new TokenUsage(0, 0), new TokenUsage(0, 0)),
                Arguments.of("completion without prompt: the prompt is estimated", new TokenUsage(0, 9, 0, 4),
                        new TokenUsage(12, 9, 0, 4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void choosesTheTokenCounts(String name, TokenUsage reported, TokenUsage expected) {
        assertEquals(expected, UsagePolicy.choose(reported, () -> ESTIMATE));
    }
}
