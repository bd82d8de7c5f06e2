package dev.switchboard.bootstrap.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's database from its first argument: an SQLite file path, or a PostgreSQL JDBC URL whose
 * {@code currentSchema} names the schema to fill (created by Flyway if missing), e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/test?currentSchema=sb_bench}; user and password from
 * {@code BENCH_DATABASE_USER} (default postgres) and {@code BENCH_DATABASE_PASSWORD}.
 */
record BenchDatabase(String target) {

    private static final Pattern SCHEMA = Pattern.compile("[?&]currentSchema=([A-Za-z0-9_]+)");

    boolean postgres() {
        return target.startsWith("jdbc:postgresql:");
    }

    /** The Switchboard configuration keys that point a context at it. */
    Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>();
        if (!postgres()) {
            p.put("switchboard.database-path", Path.of(target).toAbsolutePath().toString());
            return p;
        }
        Matcher schema = SCHEMA.matcher(target);
        if (!schema.find()) {
            throw new IllegalArgumentException("give the PostgreSQL URL a ?currentSchema=<name> to fill");
        }
        p.put("switchboard.database.url", target);
        p.put("switchboard.database.user", user());
        p.put("switchboard.database.password", password());
        p.put("flyway.datasources.default.schemas", schema.group(1));
        // Required with PostgreSQL; any fixed values do for a benchmark.
        p.put("switchboard.secret-key", "bench-secret-key-0123456789abcdef0123456789");
        p.put("switchboard.encryption-key", "bench-encryption-key");
        return p;
    }

    /** After a bulk load: what autovacuum would do soon (planner statistics, visibility map for index-only scans). */
    void settle() throws SQLException {
        if (!postgres()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(target, user(), password()); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE");
        }
    }

    private static String user() {
        String user = System.getenv("BENCH_DATABASE_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    private static String password() {
        String password = System.getenv("BENCH_DATABASE_PASSWORD");
        return password == null ? "" : password;
    }
}
