package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.settings.SettingsRepository;
import dev.switchboard.domain.settings.SystemSettings;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** In-memory fake of {@link SettingsRepository}. */
public class InMemorySettingsRepository implements SettingsRepository {

    private final AtomicReference<SystemSettings> stored = new AtomicReference<>();

    @Override
    public Optional<SystemSettings> load() {
        return Optional.ofNullable(stored.get());
    }

    @Override
    public void store(SystemSettings settings) {
        stored.set(settings);
    }
}
