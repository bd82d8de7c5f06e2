package dev.switchboard.domain.chat;

import java.util.Objects;

/** A function the assistant asked to call: its call id, the function's name and its JSON arguments as text. */
public record ToolCall(String id, String name, String arguments) {

    public ToolCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        arguments = arguments == null || arguments.isBlank() ? "{}" : arguments;
    }
}
