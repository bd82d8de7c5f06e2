package dev.switchboard.domain.settings;

import dev.switchboard.domain.shared.Require;

/**
 * Channel-health rules the admin can change at run time (SPEC §13): whether Switchboard takes failing channels
 * out of rotation by itself, after how many consecutive retryable failures, and how often it probes them back.
 */
public record HealthSettings(boolean autoDisable, int autoDisableFailures, int channelProbeSeconds) {

    public static final HealthSettings DEFAULTS = new HealthSettings(true, 5, 60);
    public static final int MAX_FAILURES = 1000;
    public static final int MAX_PROBE_SECONDS = 86_400;

    public HealthSettings {
        Require.range("auto_disable_failures", autoDisableFailures, 1, MAX_FAILURES);
        Require.range("channel_probe_seconds", channelProbeSeconds, 1, MAX_PROBE_SECONDS);
    }
}
