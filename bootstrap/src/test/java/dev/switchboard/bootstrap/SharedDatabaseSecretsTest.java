package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SharedDatabaseSecretsTest {

    @ParameterizedTest(name = "url={0} secret={1} encryption={2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "null                         | null | null | ok",
        "''                           | ''   | ''   | ok",
        "jdbc:postgresql://h:5432/db  | s    | e    | ok",
        "jdbc:postgresql://h:5432/db  | null | e    | SECRET_KEY must be",
        "jdbc:postgresql://h:5432/db  | s    | ' '  | ENCRYPTION_KEY must be",
        "jdbc:postgresql://h:5432/db  | null | null | SECRET_KEY and ENCRYPTION_KEY must both be",
    })
    void requiresBothKeysFromTheEnvironmentOnlyWithPostgresql(String url, String secret, String encryption,
                                                             String expected) {
        Optional<String> missing = SharedDatabaseSecrets.missing(url, secret, encryption);
        if ("ok".equals(expected)) {
            assertEquals(Optional.empty(), missing);
        } else {
            assertEquals(true, missing.orElseThrow().contains(expected), missing.get());
            assertEquals(true, missing.get().startsWith("DATABASE_URL selects PostgreSQL"), missing.get());
        }
    }
}
