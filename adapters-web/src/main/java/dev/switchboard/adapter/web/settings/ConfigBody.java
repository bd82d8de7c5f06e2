package dev.switchboard.adapter.web.settings;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.adapter.web.support.JsonFields;
import dev.switchboard.domain.settings.HealthSettings;
import dev.switchboard.domain.settings.QuotaSettings;
import dev.switchboard.domain.settings.SystemSettings;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * {@code {"guest_rpm","user_rpm","log_retention_days","registration","registrations_per_ip_hour",
 * "auto_disable","auto_disable_failures","channel_probe_seconds","currency","user_monthly_token_quota",
 * "guest_daily_token_quota"}}; on PUT an omitted field keeps its value, and a quota sent as null is removed.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record ConfigBody(@Nullable Integer guestRpm, @Nullable Integer userRpm, @Nullable Integer logRetentionDays,
                  @Nullable String registration, @Nullable Integer registrationsPerIpHour,
                  @Nullable Boolean autoDisable, @Nullable Integer autoDisableFailures,
                  @Nullable Integer channelProbeSeconds, @Nullable String currency,
                  @Nullable Long userMonthlyTokenQuota, @Nullable Long guestDailyTokenQuota) {

    /** Reads a PUT body strictly (see {@link JsonFields}). */
    static ConfigBody read(JsonFields f) {
        return new ConfigBody(f.integer("guest_rpm"), f.integer("user_rpm"), f.integer("log_retention_days"),
                f.text("registration"), f.integer("registrations_per_ip_hour"),
                f.bool("auto_disable"), f.integer("auto_disable_failures"), f.integer("channel_probe_seconds"),
                f.text("currency"), f.number("user_monthly_token_quota"), f.number("guest_daily_token_quota"));
    }

    static ConfigBody fromDomain(SystemSettings s, HealthSettings h, QuotaSettings q) {
        return new ConfigBody(s.guestRpm(), s.userRpm(), s.logRetentionDays(), s.registration(),
                s.registrationsPerIpHour(), h.autoDisable(), h.autoDisableFailures(), h.channelProbeSeconds(),
                q.currency(), q.userMonthlyTokenQuota(), q.guestDailyTokenQuota());
    }

    /** The cost and quota settings (SPEC §14) with this body's given fields applied; {@code f} tells null from absent. */
    QuotaSettings mergeInto(QuotaSettings current, JsonFields f) {
        return new QuotaSettings(currency == null ? current.currency() : currency,
                f.has("user_monthly_token_quota") ? userMonthlyTokenQuota : current.userMonthlyTokenQuota(),
                f.has("guest_daily_token_quota") ? guestDailyTokenQuota : current.guestDailyTokenQuota());
    }

    /** The channel-health settings (SPEC §13) with this body's given fields applied. */
    HealthSettings mergeInto(HealthSettings current) {
        return new HealthSettings(autoDisable == null ? current.autoDisable() : autoDisable,
                autoDisableFailures == null ? current.autoDisableFailures() : autoDisableFailures,
                channelProbeSeconds == null ? current.channelProbeSeconds() : channelProbeSeconds);
    }

    SystemSettings mergeInto(SystemSettings current) {
        return new SystemSettings(
                guestRpm == null ? current.guestRpm() : guestRpm,
                userRpm == null ? current.userRpm() : userRpm,
                logRetentionDays == null ? current.logRetentionDays() : logRetentionDays,
                registration == null ? current.registration() : registration.strip(),
                registrationsPerIpHour == null ? current.registrationsPerIpHour() : registrationsPerIpHour);
    }
}
