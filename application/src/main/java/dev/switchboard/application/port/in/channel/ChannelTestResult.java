package dev.switchboard.application.port.in.channel;

/** Outcome of a test call to a channel: whether it answered, how fast, and if not, why (never the key). */
public record ChannelTestResult(boolean ok, long latencyMs, String error) {
}
