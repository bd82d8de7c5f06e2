package dev.switchboard.adapter.upstream.openai;

import dev.switchboard.adapter.upstream.sse.ByteWords;

/**
 * One pass over a JSON object's bytes that finds its top-level keys without parsing values: strings are
 * skipped escape-aware (an unescaped quote always ends a string, so nothing inside one can pass for a key),
 * nesting is counted. Anything unexpected gives up and leaves the line to the full parser.
 *
 * <p>Past the {@code choices} array (the bulk of a chunk) keys are no longer told apart: any {@code "usage"}
 * there that is not {@code "usage": null} gives up, even one inside a string. That costs the rare such line a full
 * parse and spares every other line a walk through its choices.
 */
final class TopLevel {

    private static final long QUOTES = ByteWords.repeated((byte) '"');
    private static final long BACKSLASHES = ByteWords.repeated((byte) '\\');
    private static final byte[] CHOICES = {'c', 'h', 'o', 'i', 'c', 'e', 's'};
    private static final byte[] USAGE = {'u', 's', 'a', 'g', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] USAGE_KEY_TAIL = {'u', 's', 'a', 'g', 'e', '"'};

    private TopLevel() {
    }

    /**
     * Where the value of the top-level {@code "choices"} array starts, when the object has one and its
     * {@code "usage"} is absent or null; otherwise -1. The bytes after the array's start are not checked for
     * being well-formed: the parser that reads the array finds that out.
     */
    static int choicesWithoutUsage(byte[] json, int from) {
        int i = skipSpace(json, from);
        if (i >= json.length || json[i] != '{') {
            return -1;
        }
        int depth = 0;
        boolean key = false;
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
                        return usageMayFollow(json, value) ? -1 : value;
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
                    return -1;
                }
            } else if (b == ',' && depth == 1) {
                key = true;
            }
        }
        return -1;
    }

    /** Whether a {@code "usage"} other than {@code "usage": null} appears anywhere from {@code from} on. */
    private static boolean usageMayFollow(byte[] json, int from) {
        for (int i = from; (i = ByteWords.indexOfEither(json, i, json.length, QUOTES, QUOTES)) >= 0; i++) {
            if (!startsWith(json, i + 1, USAGE_KEY_TAIL)) {
                continue;
            }
            int value = skipSpace(json, i + 1 + USAGE_KEY_TAIL.length);
            if (value >= json.length || json[value] != ':' || !startsWith(json, skipSpace(json, value + 1), NULL)) {
                return true;
            }
            i = value;
        }
        return false;
    }

    /** Index of the quote closing a string whose content starts at {@code from}, or -1. */
    private static int stringEnd(byte[] json, int from) {
        int i = from;
        while ((i = ByteWords.indexOfEither(json, i, json.length, QUOTES, BACKSLASHES)) >= 0) {
            if (json[i] == '"') {
                return i;
            }
            i += 2;
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
