package dev.switchboard.adapter.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.domain.chat.ChatMessage;
import dev.switchboard.domain.chat.ContentPart;
import dev.switchboard.domain.chat.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class JtokkitTokenCounterTest {

    private final JtokkitTokenCounter counter = new JtokkitTokenCounter();

    @Test
    void framesMessagesTheWayOpenAiCountsThem() {
        // 3 per message + "user" (1) + "hello world" (2) + 3 priming the reply
        assertEquals(9, counter.promptTokens(List.of(ChatMessage.text(Role.USER, "hello world"))));
        assertEquals(2, counter.textTokens("hello world"));
    }

    @Test
    void countsTextPartsOfMultimodalContentAndNames() {
        List<ChatMessage> parts = List.of(new ChatMessage(Role.USER, List.of(new ContentPart.Text("hello world"),
                new ContentPart.Image("https://example.com/a.png", null)), List.of(), null, "bob"));
        assertEquals(9 + 1 + counter.textTokens("bob"), counter.promptTokens(parts));
    }

    @Test
    void chineseTextCostsRoughlyOneTokenPerCharacterOrLess() {
        String text = "今天天气很好，我们去公园散步吧。";
        int tokens = counter.textTokens(text);
        assertTrue(tokens >= text.length() / 3 && tokens <= text.length(), "o200k packs common Chinese: " + tokens);
    }
}
