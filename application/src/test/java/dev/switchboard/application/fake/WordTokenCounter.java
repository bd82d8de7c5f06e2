package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.chat.TokenCounter;
import dev.switchboard.domain.chat.ChatMessage;
import java.util.List;

/** Counts a token per word: predictable numbers for tests. */
public class WordTokenCounter implements TokenCounter {

    @Override
    public int promptTokens(List<ChatMessage> messages) {
        return messages.stream().mapToInt(m -> textTokens(m.text())).sum();
    }

    @Override
    public int textTokens(String text) {
        return text == null || text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
