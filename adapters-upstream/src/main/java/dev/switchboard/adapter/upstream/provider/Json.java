package dev.switchboard.adapter.upstream.provider;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * JSON for the translating codecs: bodies built as maps and written once, events read into maps and picked
 * apart with null-safe accessors (a field of the wrong type reads as absent).
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.createDefault();
    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);

    private Json() {
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public static String writeString(Object value) {
        return new String(write(value), StandardCharsets.UTF_8);
    }

    /** An object, or throws when the text is not one. */
    public static Map<String, Object> object(byte[] json) throws IOException {
        Map<String, Object> parsed = MAPPER.readValue(json, OBJECT);
        if (parsed == null) {
            throw new IOException("not a JSON object");
        }
        return parsed;
    }

    public static Map<String, Object> object(String json) throws IOException {
        return object(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Any JSON value as plain Java values; null when the text is not JSON. */
    public static Object value(String json) {
        try {
            return MAPPER.readValue(json.getBytes(StandardCharsets.UTF_8), Object.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object parent, String key) {
        Object value = parent instanceof Map<?, ?> m ? m.get(key) : null;
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : null;
    }

    public static List<?> list(Object parent, String key) {
        Object value = parent instanceof Map<?, ?> m ? m.get(key) : null;
        return value instanceof List<?> l ? l : List.of();
    }

    public static String text(Object parent, String key) {
        Object value = parent instanceof Map<?, ?> m ? m.get(key) : null;
        return value instanceof String s ? s : null;
    }

    public static int integer(Object parent, String key) {
        Object value = parent instanceof Map<?, ?> m ? m.get(key) : null;
        return value instanceof Number n ? Math.max(0, n.intValue()) : 0;
    }

    public static boolean has(Object parent, String key) {
        return parent instanceof Map<?, ?> m && m.get(key) instanceof Number;
    }

    public static boolean flag(Object parent, String key) {
        return parent instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get(key));
    }
}
