package dev.switchboard.adapter.persistence.database;

import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Flyway reads the migrations of the connected database's vendor: {@code db/migration/sqlite} or
 * {@code db/migration/postgresql} (ids and time types differ; every version exists in both folders).
 * Micronaut has no {@code {vendor}} placeholder, so the product name of a live connection decides.
 */
@Singleton
@Named("default")
class VendorMigrationLocations implements FlywayConfigurationCustomizer {

    @Override
    public String getName() {
        return "default";
    }

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        configuration.locations("classpath:db/migration/" + folderFor(productName(configuration.getDataSource())));
    }

    static String folderFor(String productName) {
        return switch (productName) {
            case "SQLite" -> "sqlite";
            case "PostgreSQL" -> "postgresql";
            default -> throw new IllegalStateException("unsupported database '" + productName
                    + "': Switchboard runs on SQLite or PostgreSQL");
        };
    }

    private static String productName(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database: " + e.getMessage(), e);
        }
    }
}
