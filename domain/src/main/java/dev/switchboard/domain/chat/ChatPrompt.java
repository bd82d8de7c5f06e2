package dev.switchboard.domain.chat;

import dev.switchboard.domain.shared.InvalidInputException;
import java.util.List;

/**
 * A chat request in no provider's format: the model asked for, the conversation, tools, sampling settings and
 * the client's reasoning wish ({@code reasoningEffort}: "low", "medium", "high" or null). Optional numbers are
 * null when not given. {@code original} is the request in the client's own format, or null.
 */
public record ChatPrompt(String model, List<ChatMessage> messages, List<ToolSpec> tools, ToolChoice toolChoice,
                         Integer maxTokens, Double temperature, Double topP, List<String> stop,
                         String reasoningEffort, boolean stream, ClientOriginal original) {

    public ChatPrompt {
        if (model == null || model.isBlank()) {
            throw new InvalidInputException("model", "model is required");
        }
        model = model.strip();
        if (messages == null || messages.isEmpty()) {
            throw new InvalidInputException("messages", "messages must be a non-empty array");
        }
        messages = List.copyOf(messages);
        tools = tools == null ? List.of() : List.copyOf(tools);
        stop = stop == null ? List.of() : List.copyOf(stop);
        if (maxTokens != null && maxTokens < 1) {
            throw new InvalidInputException("max_tokens", "max_tokens must be at least 1");
        }
    }

    /** A plain question, as the channel test asks it. */
    public static ChatPrompt simple(String model, String question, int maxTokens) {
        return new ChatPrompt(model, List.of(ChatMessage.text(Role.USER, question)), List.of(), null, maxTokens,
                null, null, List.of(), null, false, null);
    }

    public boolean hasImages() {
        return messages.stream().anyMatch(ChatMessage::hasImages);
    }
}
