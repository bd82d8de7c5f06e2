package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.chat.TokenCounter;
import java.util.List;
import java.util.Map;

/** Counts a token per word: predictable numbers for tests. */
public class WordTokenCounter implements TokenCounter {

    @Override
    public int promptTokens(List<Map<String, Object>> messages) {
        return messages.stream().mapToInt(m -> textTokens(String.valueOf(m.get("content")))).sum();
    }

    @Override
    public int textTokens(String text) {
        return text == null || text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
