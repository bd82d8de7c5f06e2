package dev.switchboard.adapter.persistence.settings;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.switchboard.application.port.out.settings.QuotaSettingsRepository;
import dev.switchboard.domain.settings.QuotaSettings;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link QuotaSettingsRepository} on three keys of {@code system_config} (an empty value = no quota), read through a
 * background-refreshed cache as {@code JdbcHealthSettingsRepository} does: the relay reads them on the event loop.
 */
@Singleton
class JdbcQuotaSettingsRepository implements QuotaSettingsRepository {

    private static final Duration REFRESH = Duration.ofSeconds(5);
    private static final String CURRENCY = "currency";
    private static final String USER_MONTHLY = "user_monthly_token_quota";
    private static final String GUEST_DAILY = "guest_daily_token_quota";

    private final ConfigRowRepository rows;
    private final Clock clock;
    private final LoadingCache<String, Optional<QuotaSettings>> cache;

    JdbcQuotaSettingsRepository(ConfigRowRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().refreshAfterWrite(REFRESH).build(key -> read());
    }

    @Override
    public Optional<QuotaSettings> load() {
        return cache.get("quota");
    }

    @Override
    @Transactional
    public void store(QuotaSettings settings) {
        write(CURRENCY, settings.currency());
        write(USER_MONTHLY, text(settings.userMonthlyTokenQuota()));
        write(GUEST_DAILY, text(settings.guestDailyTokenQuota()));
        cache.put("quota", Optional.of(settings));
    }

    @Override
    public void reload() {
        cache.put("quota", read());
    }

    private Optional<QuotaSettings> read() {
        Map<String, String> values = new HashMap<>();
        rows.findAll().forEach(row -> values.put(row.configKey(), row.configValue()));
        if (!values.containsKey(CURRENCY)) {
            return Optional.empty();
        }
        return Optional.of(new QuotaSettings(values.get(CURRENCY), number(values.get(USER_MONTHLY)),
                number(values.get(GUEST_DAILY))));
    }

    private static String text(Long value) {
        return value == null ? "" : Long.toString(value);
    }

    private static Long number(String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
    }

    /** Update first, insert if there was nothing to update (see {@code JdbcSettingsRepository} for why). */
    private void write(String key, String value) {
        Instant now = clock.instant();
        if (rows.updateValue(key, value, now) == 0) {
            rows.save(new ConfigRow(key, value, now));
        }
    }
}
