package dev.switchboard.application.port.out.chat;

import java.util.List;
import java.util.Map;

/** Estimates tokens when an upstream reports no usage. */
public interface TokenCounter {

    /** Prompt tokens of OpenAI-format messages, counted the way OpenAI counts them. */
    int promptTokens(List<Map<String, Object>> messages);

    int textTokens(String text);
}
