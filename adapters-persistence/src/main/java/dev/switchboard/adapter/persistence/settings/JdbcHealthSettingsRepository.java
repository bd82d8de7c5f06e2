package dev.switchboard.adapter.persistence.settings;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.switchboard.application.port.out.settings.HealthSettingsRepository;
import dev.switchboard.domain.settings.HealthSettings;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link HealthSettingsRepository} on three keys of {@code system_config}, read through a background-refreshed
 * cache as {@code JdbcSettingsRepository} does: the relay reads them on the event loop.
 */
@Singleton
class JdbcHealthSettingsRepository implements HealthSettingsRepository {

    private static final Duration REFRESH = Duration.ofSeconds(5);
    private static final String AUTO_DISABLE = "auto_disable";
    private static final String FAILURES = "auto_disable_failures";
    private static final String PROBE_SECONDS = "channel_probe_seconds";

    private final ConfigRowRepository rows;
    private final Clock clock;
    private final LoadingCache<String, Optional<HealthSettings>> cache;

    JdbcHealthSettingsRepository(ConfigRowRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().refreshAfterWrite(REFRESH).build(key -> read());
    }

    @Override
    public Optional<HealthSettings> load() {
        return cache.get("health");
    }

    @Override
    @Transactional
    public void store(HealthSettings settings) {
        write(AUTO_DISABLE, Boolean.toString(settings.autoDisable()));
        write(FAILURES, Integer.toString(settings.autoDisableFailures()));
        write(PROBE_SECONDS, Integer.toString(settings.channelProbeSeconds()));
        cache.put("health", Optional.of(settings));
    }

    @Override
    public void reload() {
        cache.put("health", read());
    }

    private Optional<HealthSettings> read() {
        Map<String, String> values = new HashMap<>();
        rows.findAll().forEach(row -> values.put(row.configKey(), row.configValue()));
        if (!values.containsKey(AUTO_DISABLE)) {
            return Optional.empty();
        }
        HealthSettings defaults = HealthSettings.DEFAULTS;
        return Optional.of(new HealthSettings(Boolean.parseBoolean(values.get(AUTO_DISABLE)),
                Integer.parseInt(values.getOrDefault(FAILURES, Integer.toString(defaults.autoDisableFailures()))),
                Integer.parseInt(values.getOrDefault(PROBE_SECONDS, Integer.toString(defaults.channelProbeSeconds())))));
    }

    /** Update first, insert if there was nothing to update (see {@code JdbcSettingsRepository} for why). */
    private void write(String key, String value) {
        Instant now = clock.instant();
        if (rows.updateValue(key, value, now) == 0) {
            rows.save(new ConfigRow(key, value, now));
        }
    }
}
