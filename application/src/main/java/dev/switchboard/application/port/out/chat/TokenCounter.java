package dev.switchboard.application.port.out.chat;

import dev.switchboard.domain.chat.ChatMessage;
import java.util.List;

/** Estimates tokens when an upstream reports no usage. Non-blocking: pure computation. */
public interface TokenCounter {

    /** Prompt tokens of the messages, counted the way OpenAI counts them. */
    int promptTokens(List<ChatMessage> messages);

    int textTokens(String text);
}
