package dev.switchboard.adapter.upstream.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JtokkitTokenCounterTest {

    private final JtokkitTokenCounter counter = new JtokkitTokenCounter();

    @Test
    void framesMessagesTheWayOpenAiCountsThem() {
        // 3 per message + "user" (1) + "hello world" (2) + 3 priming the reply
        assertEquals(9, counter.promptTokens(List.of(Map.of("role", "user", "content", "hello world"))));
        assertEquals(2, counter.textTokens("hello world"));
    }

    @Test
    void countsTextPartsOfMultimodalContentAndNames() {
        List<Map<String, Object>> parts = List.of(Map.of("role", "user", "name", "bob",
                "content", List.of(Map.of("type", "text", "text", "hello world"), Map.of("type", "image_url"))));
        assertEquals(9 + 1 + counter.textTokens("bob"), counter.promptTokens(parts));
    }

    @Test
    void chineseTextCostsRoughlyOneTokenPerCharacterOrLess() {
        String text = "今天天气很好，我们去公园散步吧。";
        int tokens = counter.textTokens(text);
        assertTrue(tokens >= text.length() / 3 && tokens <= text.length(), "o200k packs common Chinese: " + tokens);
    }
}
