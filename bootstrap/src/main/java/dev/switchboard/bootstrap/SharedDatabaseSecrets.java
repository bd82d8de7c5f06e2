package dev.switchboard.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * With PostgreSQL (DATABASE_URL) several instances share one database, so each must sign tokens and decrypt
 * channel keys alike: SECRET_KEY and ENCRYPTION_KEY then come from the environment, never from a generated
 * file of one machine's data directory. Says in one line what is missing.
 */
final class SharedDatabaseSecrets {

    private SharedDatabaseSecrets() {
    }

    static Optional<String> missing(String databaseUrl, String secretKey, String encryptionKey) {
        if (blank(databaseUrl)) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        if (blank(secretKey)) {
            missing.add("SECRET_KEY");
        }
        if (blank(encryptionKey)) {
            missing.add("ENCRYPTION_KEY");
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("DATABASE_URL selects PostgreSQL, so " + String.join(" and ", missing)
                + (missing.size() == 1 ? " must" : " must both") + " be set in the environment "
                + "(the same value on every instance; e.g. openssl rand -base64 32)");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
