package dev.switchboard.domain.settings;

import dev.switchboard.domain.shared.Require;

/** Limits and retention the admin can change at run time. */
public record SystemSettings(int guestRpm, int userRpm, int logRetentionDays) {

    public static final int MAX_RPM = 100_000;
    public static final int MAX_RETENTION_DAYS = 3650;

    public SystemSettings {
        Require.range("guest_rpm", guestRpm, 1, MAX_RPM);
        Require.range("user_rpm", userRpm, 1, MAX_RPM);
        Require.range("log_retention_days", logRetentionDays, 1, MAX_RETENTION_DAYS);
    }
}
