package dev.switchboard.adapter.persistence.support;

import java.sql.SQLException;
import java.util.Locale;

/** Recognises unique-key violations across drivers (SQLite's message, the SQL standard's state 23505). */
public final class Constraints {

    private Constraints() {
    }

    public static boolean isUniqueViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && message.toUpperCase(Locale.ROOT).contains("UNIQUE CONSTRAINT")) {
                return true;
            }
        }
        return false;
    }
}
