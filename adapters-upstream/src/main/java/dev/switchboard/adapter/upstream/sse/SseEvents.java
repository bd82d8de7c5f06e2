package dev.switchboard.adapter.upstream.sse;

import java.nio.charset.StandardCharsets;

/**
 * Assembles SSE lines into events as the SSE spec reads them: {@code event:} names the event, {@code data:}
 * lines join with a newline, lines starting with {@code :} are comments, a blank line dispatches. At most
 * {@code maxData} characters of data are kept per event (the line reader already bounds each line).
 */
public final class SseEvents {

    /** One dispatched event: its name ("message" when none was given) and its data. */
    public record Event(String name, String data) {
    }

    private final int maxData;
    private String name;
    private StringBuilder data;

    public SseEvents(int maxData) {
        this.maxData = maxData;
    }

    /** Feeds one line; returns the event it dispatches, or null. */
    public Event line(byte[] line) {
        if (line.length == 0) {
            return dispatch();
        }
        if (line[0] == ':') {
            return null;
        }
        String text = new String(line, StandardCharsets.UTF_8);
        int colon = text.indexOf(':');
        String field = colon < 0 ? text : text.substring(0, colon);
        String value = colon < 0 ? "" : text.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        if (field.equals("event")) {
            name = value;
        } else if (field.equals("data")) {
            if (data == null) {
                data = new StringBuilder(value.length());
            } else {
                data.append('\n');
            }
            if (data.length() + value.length() > maxData) {
                throw new IllegalStateException("an upstream event is larger than " + maxData + " characters");
            }
            data.append(value);
        }
        return null;
    }

    /** The stream ended: an event whose blank line never came is still dispatched. */
    public Event end() {
        return dispatch();
    }

    private Event dispatch() {
        if (data == null) {
            name = null;
            return null;
        }
        Event event = new Event(name == null || name.isEmpty() ? "message" : name, data.toString());
        name = null;
        data = null;
        return event;
    }
}
