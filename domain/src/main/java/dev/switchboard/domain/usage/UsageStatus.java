package dev.switchboard.domain.usage;

import java.util.Locale;

/** How a chat request ended, as stored in the usage log. */
public enum UsageStatus {
    /** The upstream answered completely. */
    OK,
    /** Every eligible channel failed, or the stream broke after it started. */
    UPSTREAM_ERROR,
    /** The client went away before the answer was complete. */
    CANCELLED,
    /** No channel of the model had room in its RPM window. */
    NO_CAPACITY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static UsageStatus fromWireName(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
