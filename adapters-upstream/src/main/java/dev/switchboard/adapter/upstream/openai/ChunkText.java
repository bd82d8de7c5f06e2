package dev.switchboard.adapter.upstream.openai;

/** Text gathered from one or more fields, without a builder for the usual single piece. */
final class ChunkText {
    private StringBuilder text;
    private String only;

    void append(String part) {
        if (part == null || part.isEmpty()) {
            return;
        }
        if (only == null && text == null) {
            only = part;
        } else {
            if (text == null) {
                text = new StringBuilder(only);
            }
            text.append(part);
        }
    }

    String value() {
        return text != null ? text.toString() : only;
    }
}
