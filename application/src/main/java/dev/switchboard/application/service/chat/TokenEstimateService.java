package dev.switchboard.application.service.chat;

import dev.switchboard.application.port.in.chat.CountTokensQuery;
import dev.switchboard.application.port.out.chat.TokenCounter;
import dev.switchboard.domain.chat.ChatPrompt;
import dev.switchboard.domain.chat.ToolSpec;

/**
 * Estimates a prompt's input tokens with the same {@link TokenCounter} that fills usage rows when an upstream
 * reports none: the messages as OpenAI frames them, plus each tool's name, description and schema. An estimate —
 * each provider's tokenizer differs — good for a coding agent deciding when to compact its context.
 */
public class TokenEstimateService implements CountTokensQuery {

    private final TokenCounter tokens;

    public TokenEstimateService(TokenCounter tokens) {
        this.tokens = tokens;
    }

    @Override
    public int inputTokens(ChatPrompt prompt) {
        int total = tokens.promptTokens(prompt.messages());
        for (ToolSpec tool : prompt.tools()) {
            total += tokens.textTokens(tool.name()) + tokens.textTokens(tool.description())
                    + tokens.textTokens(String.valueOf(tool.parameters()));
        }
        return total;
    }
}
