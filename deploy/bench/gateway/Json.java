import java.util.List;
import java.util.Map;

/** A tiny JSON writer for the results (maps, lists, strings, numbers, booleans, null), pretty-printed. */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.toString();
    }

    private static void write(Object v, StringBuilder out, String indent) {
        if (v == null || (v instanceof Double d && (d.isNaN() || d.isInfinite()))) {
            out.append("null");
        } else if (v instanceof Map<?, ?> map) {
            out.append("{");
            String inner = indent + "  ";
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "\n" : ",\n").append(inner);
                string(String.valueOf(e.getKey()), out);
                out.append(": ");
                write(e.getValue(), out, inner);
                first = false;
            }
            out.append(first ? "}" : "\n" + indent + "}");
        } else if (v instanceof List<?> list) {
            out.append("[");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                write(list.get(i), out, indent);
            }
            out.append("]");
        } else if (v instanceof Number || v instanceof Boolean) {
            out.append(v);
        } else {
            string(String.valueOf(v), out);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
