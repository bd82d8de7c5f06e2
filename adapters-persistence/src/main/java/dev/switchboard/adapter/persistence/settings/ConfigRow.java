package dev.switchboard.adapter.persistence.settings;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One key/value row of {@code system_config}; new settings need no migration. */
@MappedEntity("system_config")
public record ConfigRow(@Id String configKey, String configValue, Instant updatedAt) {
}
