package dev.switchboard.domain.settings;

import dev.switchboard.domain.shared.InvalidInputException;
import dev.switchboard.domain.shared.Require;

/**
 * Limits, retention and registration rules the admin can change at run time. {@code registration} is
 * {@code open} (anyone may sign up) or {@code closed} (only the admin creates users);
 * {@code registrationsPerIpHour} caps sign-ups from one address in any hour.
 */
public record SystemSettings(int guestRpm, int userRpm, int logRetentionDays, String registration,
                             int registrationsPerIpHour) {

    public static final int MAX_RPM = 100_000;
    public static final int MAX_RETENTION_DAYS = 3650;
    public static final String OPEN = "open";
    public static final String CLOSED = "closed";
    public static final int DEFAULT_REGISTRATIONS_PER_IP_HOUR = 5;
    public static final int MAX_REGISTRATIONS_PER_IP_HOUR = 100_000;

    public SystemSettings {
        Require.range("guest_rpm", guestRpm, 1, MAX_RPM);
        Require.range("user_rpm", userRpm, 1, MAX_RPM);
        Require.range("log_retention_days", logRetentionDays, 1, MAX_RETENTION_DAYS);
        if (!OPEN.equals(registration) && !CLOSED.equals(registration)) {
            throw new InvalidInputException("registration", "registration must be \"open\" or \"closed\"");
        }
        Require.range("registrations_per_ip_hour", registrationsPerIpHour, 1, MAX_REGISTRATIONS_PER_IP_HOUR);
    }

    public SystemSettings(int guestRpm, int userRpm, int logRetentionDays) {
        this(guestRpm, userRpm, logRetentionDays, OPEN, DEFAULT_REGISTRATIONS_PER_IP_HOUR);
    }

    public boolean registrationOpen() {
        return OPEN.equals(registration);
    }
}
