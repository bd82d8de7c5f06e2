package dev.switchboard.application.port.in.chat;

import dev.switchboard.domain.chat.ChatPrompt;

/** Query: about how many input tokens a prompt is (messages and tool definitions), without sending it. Non-blocking. */
public interface CountTokensQuery {

    int inputTokens(ChatPrompt prompt);
}
