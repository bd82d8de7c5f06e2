package dev.switchboard.adapter.persistence.database;

import java.util.Locale;

/**
 * The database named by {@code DATABASE_URL} / {@code DATABASE_USER} / {@code DATABASE_PASSWORD}; a blank URL
 * means "none: the embedded SQLite file". Only PostgreSQL is accepted, and the error never echoes the URL,
 * which may carry a password.
 */
public record ExternalDatabase(String url, String user, String password) {

    static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

    public ExternalDatabase {
        url = url == null ? "" : url.strip();
        user = user == null || user.isBlank() ? null : user.strip();
        password = password == null || password.isEmpty() ? null : password;
        if (!url.isEmpty() && !url.toLowerCase(Locale.ROOT).startsWith(POSTGRESQL_PREFIX)) {
            throw new IllegalArgumentException("DATABASE_URL must be a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://host:5432/switchboard (it starts with '" + scheme(url) + "')");
        }
    }

    /** True when an external (PostgreSQL) database replaces the embedded SQLite file. */
    public boolean configured() {
        return !url.isEmpty();
    }

    private static String scheme(String url) {
        int second = url.indexOf(':', url.indexOf(':') + 1);
        return second > 0 ? url.substring(0, second + 1) : url.substring(0, Math.min(url.length(), 12));
    }

    @Override
    public String toString() {
        return "ExternalDatabase[" + (configured() ? "postgresql" : "none") + "]";
    }
}
