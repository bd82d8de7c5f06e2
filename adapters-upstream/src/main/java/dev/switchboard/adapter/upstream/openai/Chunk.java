package dev.switchboard.adapter.upstream.openai;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.usage.TokenUsage;
import java.util.ArrayList;
import java.util.List;

/**
 * What one chunk said, gathered while parsing. One is made for every line of every stream, so its parts are made
 * only when the line has them: a content chunk costs this object and its text.
 */
final class Chunk {
    private ChunkText reasoning;
    private ChunkText content;
    private List<ChatEvent> calls;
    String id;
    String model;
    FinishReason finish;
    ChatEvent.Error error;
    Integer promptTokens;
    Integer completionTokens;
    int cachedTokens;
    int reasoningTokens;

    void addReasoning(String part) {
        if (part != null && !part.isEmpty()) {
            if (reasoning == null) {
                reasoning = new ChunkText();
            }
            reasoning.append(part);
        }
    }

    void addContent(String part) {
        if (part != null && !part.isEmpty()) {
            if (content == null) {
                content = new ChunkText();
            }
            content.append(part);
        }
    }

    int callCount() {
        return calls == null ? 0 : calls.size();
    }

    void addCall(ChatEvent.ToolCallDelta call) {
        if (calls == null) {
            calls = new ArrayList<>(2);
        }
        calls.add(call);
    }

    /**
     * In the order a client reads them: (for a whole answer, who answers), thinking, answer, tool calls, finish,
     * usage, error.
     */
    List<ChatEvent> events(boolean whole) {
        String thought = reasoning == null ? null : reasoning.value();
        String said = content == null ? null : content.value();
        TokenUsage usage = usage();
        if (!whole && thought == null && calls == null && finish == null && usage == null && error == null) {
            return said == null ? List.of() : List.of(new ChatEvent.TextDelta(said));
        }
        List<ChatEvent> events = new ArrayList<>(4);
        if (whole) {
            events.add(new ChatEvent.Start(id, model));
        }
        if (thought != null) {
            events.add(new ChatEvent.ReasoningDelta(thought));
        }
        if (said != null) {
            events.add(new ChatEvent.TextDelta(said));
        }
        if (calls != null) {
            events.addAll(calls);
        }
        if (finish != null) {
            events.add(new ChatEvent.Finish(finish));
        }
        if (usage != null) {
            events.add(new ChatEvent.Usage(usage));
        }
        if (error != null) {
            events.add(error);
        }
        return events;
    }

    TokenUsage usage() {
        if (promptTokens == null || completionTokens == null) {
            return null;
        }
        int prompt = Math.max(0, promptTokens);
        int completion = Math.max(0, completionTokens);
        return new TokenUsage(prompt, completion, Math.min(cachedTokens, prompt), Math.min(reasoningTokens, completion));
    }
}
