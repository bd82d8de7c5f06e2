package dev.switchboard.adapter.upstream.openai;

import dev.switchboard.adapter.upstream.sse.ByteWords;
import java.nio.charset.StandardCharsets;

/**
 * Reads the {@code choices} array of an ordinary streamed chunk — deltas of text and reasoning, a finish reason,
 * scalar fields beside them — straight from its bytes, or answers null for anything else (tool calls, nested
 * values, bad JSON), which then goes to Jackson. Nearly every line of every stream is such a chunk, and a general
 * parser's setup and token machinery cost more than the whole of what this one does; the answer is the same
 * either way ({@code PlainChoicesTest} compares them on generated chunks).
 */
final class PlainChoices {

    private static final long QUOTES = ByteWords.repeated((byte) '"');
    private static final long BACKSLASHES = ByteWords.repeated((byte) '\\');
    private static final byte[] DELTA = ascii("delta");
    private static final byte[] FINISH_REASON = ascii("finish_reason");
    private static final byte[] CONTENT = ascii("content");
    private static final byte[] REASONING_CONTENT = ascii("reasoning_content");
    private static final byte[] REASONING = ascii("reasoning");
    private static final byte[] NULL = ascii("null");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");

    private final byte[] json;
    private int at;
    private int nameStart;
    private int nameEnd;
    private boolean failed;

    private PlainChoices(byte[] json, int at) {
        this.json = json;
        this.at = at;
    }

    /** What the array starting at {@code at} says, or null when it is not made of plain choices. */
    static Chunk read(byte[] json, int at) {
        return new PlainChoices(json, at).choices();
    }

    private Chunk choices() {
        Chunk chunk = new Chunk();
        if (!take('[')) {
            return null;
        }
        if (take(']')) {
            return chunk;
        }
        do {
            if (!choice(chunk)) {
                return null;
            }
        } while (take(','));
        return take(']') ? chunk : null;
    }

    private boolean choice(Chunk chunk) {
        if (!take('{')) {
            return false;
        }
        if (take('}')) {
            return true;
        }
        do {
            if (!name()) {
                return false;
            }
            if (named(DELTA) && peek() == '{') {
                if (!delta(chunk)) {
                    return false;
                }
            } else if (named(FINISH_REASON) && peek() == '"') {
                String reason = string();
                if (reason == null) {
                    return false;
                }
                chunk.finish = ChunkInspector.finishReason(reason);
            } else if (!scalar()) {
                return false;
            }
        } while (take(','));
        return take('}');
    }

    /** Text fields of the delta, in the order {@link ChunkInspector} adds them: reasoning first, then content. */
    private boolean delta(Chunk chunk) {
        take('{');
        if (take('}')) {
            return true;
        }
        String reasoningContent = null;
        String reasoning = null;
        String content = null;
        do {
            if (!name()) {
                return false;
            }
            boolean text = peek() == '"';
            if (text && named(CONTENT)) {
                content = string();
            } else if (text && named(REASONING_CONTENT)) {
                reasoningContent = string();
            } else if (text && named(REASONING)) {
                reasoning = string();
            } else if (!scalar()) {
                return false;
            }
            if (failed) {
                return false;
            }
        } while (take(','));
        if (!take('}')) {
            return false;
        }
        chunk.addReasoning(reasoningContent);
        chunk.addReasoning(reasoning);
        chunk.addContent(content);
        return true;
    }

    /** Reads a member's name and its colon; the name is then json[nameStart, nameEnd) and the position on the value. */
    private boolean name() {
        if (peek() != '"') {
            return false;
        }
        int close = ByteWords.indexOfEither(json, at + 1, json.length, QUOTES, BACKSLASHES);
        if (close < 0 || json[close] != '"') {
            return false;
        }
        nameStart = at + 1;
        nameEnd = close;
        at = close + 1;
        return take(':');
    }

    private boolean named(byte[] name) {
        if (nameEnd - nameStart != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (json[nameStart + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** A null, boolean, number or string (skipped); anything nested is not plain. */
    private boolean scalar() {
        byte b = peek();
        if (b == '"') {
            return skipString();
        }
        if (b == 'n') {
            return word(NULL);
        }
        if (b == 't') {
            return word(TRUE);
        }
        if (b == 'f') {
            return word(FALSE);
        }
        int start = at;
        while (at < json.length && isNumberByte(json[at])) {
            at++;
        }
        return at > start;
    }

    private static boolean isNumberByte(byte b) {
        return (b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E';
    }

    private boolean word(byte[] word) {
        if (json.length - at < word.length) {
            return false;
        }
        for (int i = 0; i < word.length; i++) {
            if (json[at + i] != word[i]) {
                return false;
            }
        }
        at += word.length;
        return true;
    }

    private boolean skipString() {
        int i = at + 1;
        while ((i = ByteWords.indexOfEither(json, i, json.length, QUOTES, BACKSLASHES)) >= 0) {
            if (json[i] == '"') {
                at = i + 1;
                return true;
            }
            i += 2;
        }
        return false;
    }

    /** The string value at {@link #at}, unescaped; null (and {@link #failed}) if it is not well-formed. */
    private String string() {
        String text = text();
        failed |= text == null;
        return text;
    }

    private String text() {
        int start = at + 1;
        int end = ByteWords.indexOfEither(json, start, json.length, QUOTES, BACKSLASHES);
        if (end < 0) {
            return null;
        }
        if (json[end] == '"') {
            at = end + 1;
            return new String(json, start, end - start, StandardCharsets.UTF_8);
        }
        return escaped(start, end);
    }

    /** A string with escapes: the plain runs are decoded as UTF-8, each escape as what it stands for. */
    private String escaped(int start, int firstEscape) {
        StringBuilder text = new StringBuilder(firstEscape - start + 16);
        int run = start;
        int i = firstEscape;
        while (true) {
            text.append(new String(json, run, i - run, StandardCharsets.UTF_8));
            if (json[i] == '"') {
                at = i + 1;
                return text.toString();
            }
            if (i + 1 >= json.length) {
                return null;
            }
            byte escape = json[i + 1];
            int next = i + 2;
            switch (escape) {
                case '"', '\\', '/' -> text.append((char) escape);
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> {
                    int code = hex(i + 2);
                    if (code < 0) {
                        return null;
                    }
                    text.append((char) code);
                    next = i + 6;
                }
                default -> {
                    return null;
                }
            }
            run = next;
            i = ByteWords.indexOfEither(json, next, json.length, QUOTES, BACKSLASHES);
            if (i < 0) {
                return null;
            }
        }
    }

    private int hex(int from) {
        if (json.length - from < 4) {
            return -1;
        }
        int code = 0;
        for (int i = from; i < from + 4; i++) {
            int digit = Character.digit(json[i], 16);
            if (digit < 0) {
                return -1;
            }
            code = code * 16 + digit;
        }
        return code;
    }

    private byte peek() {
        skipSpace();
        return at < json.length ? json[at] : 0;
    }

    private boolean take(char expected) {
        if (peek() == expected) {
            at++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (at < json.length && (json[at] == ' ' || json[at] == '\t' || json[at] == '\n' || json[at] == '\r')) {
            at++;
        }
    }

    private static byte[] ascii(String name) {
        return name.getBytes(StandardCharsets.US_ASCII);
    }
}
