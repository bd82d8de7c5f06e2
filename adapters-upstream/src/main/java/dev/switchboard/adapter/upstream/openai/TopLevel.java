package dev.switchboard.adapter.upstream.openai;

/**
 * One pass over a JSON object's bytes that finds its top-level keys without parsing values: strings are
 * skipped escape-aware (an unescaped quote always ends a string, so nothing inside one can pass for a key),
 * nesting is counted. Anything unexpected gives up and leaves the line to the full parser.
 */
final class TopLevel {

    private static final byte[] CHOICES = {'c', 'h', 'o', 'i', 'c', 'e', 's'};
    private static final byte[] USAGE = {'u', 's', 'a', 'g', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private TopLevel() {
    }

    /**
     * Where the value of the top-level {@code "choices"} array starts, when the object has one and its
     * {@code "usage"} is absent or null; otherwise -1.
     */
    static int choicesWithoutUsage(byte[] json, int from) {
        int i = skipSpace(json, from);
        if (i >= json.length || json[i] != '{') {
            return -1;
        }
        int depth = 0;
        boolean key = false;
        int choices = -1;
        for (; i < json.length; i++) {
            byte b = json[i];
            if (b == '"') {
                int end = stringEnd(json, i + 1);
                if (end < 0) {
                    return -1;
                }
                if (depth == 1 && key) {
                    key = false;
                    int value = skipSpace(json, end + 1);
                    if (value >= json.length || json[value] != ':') {
                        return -1;
                    }
                    value = skipSpace(json, value + 1);
                    if (is(json, i + 1, end, CHOICES)) {
                        if (value >= json.length || json[value] != '[') {
                            return -1;
                        }
                        choices = value;
                    } else if (is(json, i + 1, end, USAGE) && !startsWith(json, value, NULL)) {
                        return -1;
                    }
                    i = value - 1;
                } else {
                    i = end;
                }
            } else if (b == '{' || b == '[') {
                depth++;
                key = b == '{' && depth == 1;
            } else if (b == '}' || b == ']') {
                depth--;
                if (depth == 0) {
                    return choices;
                }
            } else if (b == ',' && depth == 1) {
                key = true;
            }
        }
        return -1;
    }

    /** Index of the quote closing a string whose content starts at {@code from}, or -1. */
    private static int stringEnd(byte[] json, int from) {
        for (int i = from; i < json.length; i++) {
            if (json[i] == '\\') {
                i++;
            } else if (json[i] == '"') {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpace(byte[] json, int i) {
        while (i < json.length && (json[i] == ' ' || json[i] == '\t' || json[i] == '\r' || json[i] == '\n')) {
            i++;
        }
        return i;
    }

    private static boolean is(byte[] json, int from, int to, byte[] word) {
        return to - from == word.length && startsWith(json, from, word);
    }

    private static boolean startsWith(byte[] json, int at, byte[] word) {
        if (json.length - at < word.length) {
            return false;
        }
        for (int i = 0; i < word.length; i++) {
            if (json[at + i] != word[i]) {
                return false;
            }
        }
        return true;
    }
}
