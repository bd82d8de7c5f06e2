package dev.switchboard.domain.chat;

import dev.switchboard.domain.usage.TokenUsage;
import java.util.Objects;

/**
 * One step of an answer in no provider's format. A streamed answer is a sequence of these; a whole answer is
 * the same sequence, folded.
 */
public sealed interface ChatEvent {

    /** The answer begins: the upstream's id for it and the model that writes it (either may be empty). */
    record Start(String id, String model) implements ChatEvent {
        public Start {
            id = id == null ? "" : id;
            model = model == null ? "" : model;
        }
    }

    record TextDelta(String text) implements ChatEvent {
        public TextDelta {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Thinking the model shows before (or between) its answer. */
    record ReasoningDelta(String text) implements ChatEvent {
        public ReasoningDelta {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A piece of a tool call. {@code index} numbers the answer's calls from 0 and stays the same for every piece
     * of one call; {@code id} and {@code name} come with its first piece (null after), {@code arguments} is a
     * fragment of its JSON arguments (possibly empty).
     */
    record ToolCallDelta(int index, String id, String name, String arguments) implements ChatEvent {
        public ToolCallDelta {
            arguments = arguments == null ? "" : arguments;
        }
    }

    record Finish(FinishReason reason) implements ChatEvent {
        public Finish {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Tokens as the upstream reports them, normalised (cumulative: a later report replaces an earlier one). */
    record Usage(TokenUsage usage) implements ChatEvent {
        public Usage {
            Objects.requireNonNull(usage, "usage");
        }
    }

    /**
     * The upstream reported an error inside an answer it had begun. {@code kind} is its own error type
     * ("overloaded_error", "RESOURCE_EXHAUSTED"...), {@code status} the HTTP status it names, or 0.
     */
    record Error(String kind, int status, String message) implements ChatEvent {
        public Error {
            kind = kind == null ? "" : kind;
            message = message == null ? "" : message;
        }
    }
}
