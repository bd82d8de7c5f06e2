package dev.switchboard.domain.chat;

import java.util.List;
import java.util.Objects;

/**
 * One turn of a conversation. An assistant turn may carry {@code toolCalls}; a {@link Role#TOOL} turn answers
 * the call {@code toolCallId}. {@code name} is an optional speaker name.
 */
public record ChatMessage(Role role, List<ContentPart> content, List<ToolCall> toolCalls, String toolCallId,
                          String name) {

    public ChatMessage {
        Objects.requireNonNull(role, "role");
        content = List.copyOf(content);
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }

    public static ChatMessage text(Role role, String text) {
        return new ChatMessage(role, List.of(new ContentPart.Text(text)), List.of(), null, null);
    }

    /** The text parts joined, images left out. */
    public String text() {
        StringBuilder all = new StringBuilder();
        for (ContentPart part : content) {
            if (part instanceof ContentPart.Text t) {
                all.append(t.text());
            }
        }
        return all.toString();
    }

    public boolean hasImages() {
        return content.stream().anyMatch(ContentPart.Image.class::isInstance);
    }
}
