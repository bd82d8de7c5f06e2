package dev.switchboard.application.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A private schema on the shared test PostgreSQL for one test class: {@code CREATE SCHEMA sb_<random>} on
 * {@link #create()}, {@code DROP SCHEMA … CASCADE} on {@link #close()}. The server is 127.0.0.1:5432, database
 * {@code test}, user {@code postgres} unless {@code TEST_DATABASE_URL}, {@code TEST_DATABASE_USER} and
 * {@code TEST_DATABASE_PASSWORD} say otherwise. {@link #properties()} points a Switchboard context at it.
 */
public final class PostgresTestSchema implements AutoCloseable {

    public static final String URL_VARIABLE = "TEST_DATABASE_URL";
    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String name;

    private PostgresTestSchema(String name) {
        this.name = name;
    }

    /** Creates a fresh empty schema; fails with a one-line reason when the server cannot be reached. */
    public static PostgresTestSchema create() {
        String name = "sb_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute(baseUrl(), "CREATE SCHEMA " + name);
        return new PostgresTestSchema(name);
    }

    /** Empty when the test server answers; otherwise what to start or set, in one line. */
    public static Optional<String> unreachableReason() {
        try (Connection c = connect(baseUrl())) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(unreachable(e));
        }
    }

    public String name() {
        return name;
    }

    /** The JDBC URL of the test server with this schema as the only search path entry. */
    public String jdbcUrl() {
        String base = baseUrl();
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    public static String user() {
        return env("TEST_DATABASE_USER", "postgres");
    }

    public static String password() {
        return env("TEST_DATABASE_PASSWORD", "");
    }

    /** Configuration keys that make a Switchboard context use this schema (Flyway migrates it from empty). */
    public Map<String, String> properties() {
        return Map.of(
                "switchboard.database.url", jdbcUrl(),
                "switchboard.database.user", user(),
                "switchboard.database.password", password(),
                "flyway.datasources.default.schemas", name);
    }

    /** A plain connection to this schema, for tests that look at tables directly. */
    public Connection connection() throws SQLException {
        return connect(jdbcUrl());
    }

    @Override
    public void close() {
        execute(baseUrl(), "DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }

    static String baseUrl() {
        return env(URL_VARIABLE, DEFAULT_URL);
    }

    private static void execute(String url, String sql) {
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(unreachable(e), e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(url, user(), password());
    }

    private static String unreachable(SQLException e) {
        return "PostgreSQL test server not usable at " + baseUrl() + " as " + user() + " (" + e.getMessage()
                + "): start PostgreSQL there or set " + URL_VARIABLE + ", TEST_DATABASE_USER, TEST_DATABASE_PASSWORD";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
