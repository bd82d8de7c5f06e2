package dev.switchboard.adapter.upstream.gemini;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gemini takes an OpenAPI subset of JSON Schema: keywords it refuses are dropped, recursively. */
final class GeminiSchemas {

    private static final Set<String> REFUSED = Set.of("$schema", "additionalProperties", "$id", "$ref", "$defs",
            "definitions", "strict", "examples", "default");

    private GeminiSchemas() {
    }

    static Object clean(Object schema) {
        if (schema instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((key, value) -> {
                String name = String.valueOf(key);
                if (!REFUSED.contains(name)) {
                    // "properties" holds names, not keywords: only its values are schemas
                    out.put(name, name.equals("properties") && value instanceof Map<?, ?> props
                            ? cleanEach(props) : clean(value));
                }
            });
            return out;
        }
        if (schema instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(clean(item)));
            return out;
        }
        return schema;
    }

    private static Map<String, Object> cleanEach(Map<?, ?> properties) {
        Map<String, Object> out = new LinkedHashMap<>();
        properties.forEach((name, schema) -> out.put(String.valueOf(name), clean(schema)));
        return out;
    }
}
