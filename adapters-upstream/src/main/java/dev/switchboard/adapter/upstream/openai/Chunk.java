package dev.switchboard.adapter.upstream.openai;

import dev.switchboard.domain.chat.ChatEvent;
import dev.switchboard.domain.chat.FinishReason;
import dev.switchboard.domain.usage.TokenUsage;
import java.util.ArrayList;
import java.util.List;

/** What one chunk said, gathered while parsing. */
final class Chunk {
    final ChunkText reasoning = new ChunkText();
    final ChunkText content = new ChunkText();
    final List<ChatEvent> calls = new ArrayList<>(0);
    String id;
    String model;
    FinishReason finish;
    ChatEvent.Error error;
    Integer promptTokens;
    Integer completionTokens;
    int cachedTokens;
    int reasoningTokens;

    /**
     * In the order a client reads them: (for a whole answer, who answers), thinking, answer, tool calls, finish,
     * usage, error.
     */
    List<ChatEvent> events(boolean whole) {
        String thought = reasoning.value();
        String said = content.value();
        TokenUsage usage = usage();
        if (!whole && thought == null && calls.isEmpty() && finish == null && usage == null && error == null) {
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
        events.addAll(calls);
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
