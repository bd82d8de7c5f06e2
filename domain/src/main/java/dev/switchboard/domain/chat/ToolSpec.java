package dev.switchboard.domain.chat;

import java.util.Map;
import java.util.Objects;

/**
 * A function the model may call. {@code parameters} is its JSON Schema as plain Java values (maps, lists,
 * strings, numbers, booleans); {@code description} may be null.
 */
public record ToolSpec(String name, String description, Map<String, Object> parameters) {

    public ToolSpec {
        Objects.requireNonNull(name, "name");
        parameters = parameters == null ? Map.of("type", "object", "properties", Map.of()) : parameters;
    }
}
