package dev.switchboard.application.policy.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Role;
import dev.switchboard.domain.chat.ToolCall;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContextTrimPolicyTest {

    /** One token per character of text: "u4444" costs 5. */
    private static final ToIntFunction<ChatMessage> COST = m -> m.text().length();

    /**
     * A conversation is written as space-separated turns: {@code s…} system, {@code u…} user, {@code a…} assistant,
     * {@code c…} an assistant turn calling a tool, {@code t…} the tool's answer. Expected: the turns sent, and how
     * many were left out.
     */
    @ParameterizedTest(name = "{0} in {1} (max_tokens {2}) -> {3}, {4} left out")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // everything fits: nothing changes
            "s1 u1 a1 u2             | 100 | null | s1 u1 a1 u2       | 0",
            // window 20, a quarter (5) kept for the answer: 15 left; system 2, then newest first
            "s1 u1111 a1111 u2222 a2 | 20  | null | s1 a1111 u2222 a2 | 1",
            // max_tokens is the room kept for the answer instead of a quarter
            "u1111 a1111 u2222       | 20  | 5    | u1111 a1111 u2222 | 0",
            "u1111 a1111 u2222       | 20  | 6    | a1111 u2222       | 1",
            // system messages always stay, wherever they are, and cost their share
            "u1 s1111111 a1 u2       | 16  | 4    | s1111111 a1 u2    | 1",
            // the newest turn is sent even when it alone is too long
            "u1 a1 u222222222222     | 12  | null | u222222222222     | 2",
            // a tool call and its results stay together: all three or none
            "u1 c1111 t1111 t1111 u2 | 20  | 4    | u2                | 4",
            "u1 c1111 t1111 t1111 u2 | 22  | 4    | c1111 t1111 t1111 u2 | 1",
            // kept turns are one unbroken run: an older short turn is not squeezed in after a long one
            "u1 u2222222 u3          | 10  | 1    | u3                | 2",
            // equal texts are still separate turns
            "u1 a1 u1 a1 u1          | 8   | 2    | u1 a1 u1          | 2",
    })
    void keepsSystemMessagesAndTheNewestTurnsThatFit(String conversation, int window, Integer maxTokens,
                                                     String expected, int dropped) {
        ContextTrimPolicy.Trim trim = ContextTrimPolicy.fit(parse(conversation), window, maxTokens, COST);
        assertEquals(expected.strip(), write(trim.messages()));
        assertEquals(dropped, trim.dropped());
    }

    private static List<ChatMessage> parse(String conversation) {
        return java.util.Arrays.stream(conversation.strip().split("\\s+")).map(ContextTrimPolicyTest::turn).toList();
    }

    /** The text is the whole token ("u1111"), so the cost is its length. */
    private static ChatMessage turn(String token) {
        List<ContentPart> text = List.of(new ContentPart.Text(token));
        return switch (token.charAt(0)) {
            case 's' -> new ChatMessage(Role.SYSTEM, text, List.of(), null, null);
            case 'u' -> new ChatMessage(Role.USER, text, List.of(), null, null);
            case 'a' -> new ChatMessage(Role.ASSISTANT, text, List.of(), null, null);
            case 'c' -> new ChatMessage(Role.ASSISTANT, text, List.of(new ToolCall("call_1", "lookup", "{}")), null, null);
            case 't' -> new ChatMessage(Role.TOOL, text, List.of(), "call_1", null);
            default -> throw new IllegalArgumentException(token);
        };
    }

    private static String write(List<ChatMessage> messages) {
        return messages.stream().map(ChatMessage::text).collect(Collectors.joining(" "));
    }
}
