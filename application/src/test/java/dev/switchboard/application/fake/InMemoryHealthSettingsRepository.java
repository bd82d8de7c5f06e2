package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.settings.HealthSettingsRepository;
import dev.switchboard.domain.settings.HealthSettings;
import java.util.Optional;

/** In-memory fake of {@link HealthSettingsRepository}. */
public class InMemoryHealthSettingsRepository implements HealthSettingsRepository {

    private volatile HealthSettings stored;

    @Override
    public Optional<HealthSettings> load() {
        return Optional.ofNullable(stored);
    }

    @Override
    public void store(HealthSettings settings) {
        stored = settings;
    }
}
