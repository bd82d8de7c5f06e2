package dev.switchboard.adapter.persistence.sqlite;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** SQLite does not create missing parent directories; do it before the pool opens the first connection. */
@Singleton
class DatabaseDirectoryListener implements BeanCreatedEventListener<DatasourceConfiguration> {

    private static final String PREFIX = "jdbc:sqlite:";

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        databaseFile(config.getJdbcUrl()).map(Path::toAbsolutePath).map(Path::getParent).ifPresent(dir -> {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the database directory " + dir, e);
            }
        });
        return config;
    }

    static java.util.Optional<Path> databaseFile(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith(PREFIX)) {
            return java.util.Optional.empty();
        }
        String path = jdbcUrl.substring(PREFIX.length());
        int query = path.indexOf('?');
        path = query >= 0 ? path.substring(0, query) : path;
        if (path.isEmpty() || path.startsWith(":memory:") || path.startsWith("file:")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Path.of(path));
    }
}
