package dev.switchboard.adapter.persistence.settings;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.switchboard.application.port.out.settings.SettingsRepository;
import dev.switchboard.domain.settings.SystemSettings;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link SettingsRepository} on {@code system_config}, read through a cache that is refreshed in the
 * background: the chat path reads settings on every request and must never wait on the database.
 * A write on this instance shows at once; one on another instance within {@link #REFRESH}.
 */
@Singleton
class JdbcSettingsRepository implements SettingsRepository {

    static final Duration REFRESH = Duration.ofSeconds(5);
    private static final String GUEST_RPM = "guest_rpm";
    private static final String USER_RPM = "user_rpm";
    private static final String RETENTION = "log_retention_days";
    private static final String REGISTRATION = "registration";
    private static final String REGISTRATIONS_PER_IP_HOUR = "registrations_per_ip_hour";

    private final ConfigRowRepository rows;
    private final Clock clock;
    private final LoadingCache<String, Optional<SystemSettings>> cache;

    JdbcSettingsRepository(ConfigRowRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().refreshAfterWrite(REFRESH).build(key -> read());
    }

    @Override
    public Optional<SystemSettings> load() {
        return cache.get("settings");
    }

    @Override
    @Transactional
    public void store(SystemSettings settings) {
        write(GUEST_RPM, settings.guestRpm());
        write(USER_RPM, settings.userRpm());
        write(RETENTION, settings.logRetentionDays());
        write(REGISTRATION, settings.registration());
        write(REGISTRATIONS_PER_IP_HOUR, settings.registrationsPerIpHour());
        cache.put("settings", Optional.of(settings));
    }

    @Override
    public void reload() {
        cache.put("settings", read());
    }

    private Optional<SystemSettings> read() {
        Map<String, String> values = new HashMap<>();
        rows.findAll().forEach(row -> values.put(row.configKey(), row.configValue()));
        if (!values.containsKey(GUEST_RPM) || !values.containsKey(USER_RPM) || !values.containsKey(RETENTION)) {
            return Optional.empty();
        }
        // the registration keys came later (V3): a database from before has the defaults
        return Optional.of(new SystemSettings(Integer.parseInt(values.get(GUEST_RPM)),
                Integer.parseInt(values.get(USER_RPM)), Integer.parseInt(values.get(RETENTION)),
                values.getOrDefault(REGISTRATION, SystemSettings.OPEN),
                Integer.parseInt(values.getOrDefault(REGISTRATIONS_PER_IP_HOUR,
                        Integer.toString(SystemSettings.DEFAULT_REGISTRATIONS_PER_IP_HOUR)))));
    }

    private void write(String key, int value) {
        write(key, Integer.toString(value));
    }

    /**
     * Update first, insert if there was nothing to update. Reading first (existsById) made SQLite refuse the later
     * write at once with SQLITE_BUSY whenever the usage writer committed in between (a WAL read snapshot cannot be
     * upgraded once stale; busy_timeout does not help): seen as a 500 on PUT /api/admin/config under load.
     */
    private void write(String key, String value) {
        Instant now = clock.instant();
        if (rows.updateValue(key, value, now) == 0) {
            rows.save(new ConfigRow(key, value, now));
        }
    }
}
