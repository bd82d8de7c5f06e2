package dev.switchboard.adapter.web.messages;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object with its keys in the order given (Anthropic's own order: {@code type} first), which {@code Map.of}
 * would not keep; values may be null.
 */
final class Obj {

    private Obj() {
    }

    static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
