package dev.switchboard.adapter.persistence.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Guards the SQLite settings and the workarounds STACK_NOTES §2 lists, so they can be dropped knowingly. */
@MicronautTest(startApplication = false, transactional = false)
class SqliteSetupTest {

    @Inject
    DataSource dataSource;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    io.micronaut.context.env.Environment environment;

    private String pragma(String name) throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void runsInWalModeWithBusyTimeoutAndForeignKeysBecauseDriverPropertiesAreQuotedStrings() throws Exception {
        assertEquals("wal", pragma("journal_mode"));
        assertEquals("5000", pragma("busy_timeout"));
        assertEquals("1", pragma("foreign_keys"));
    }

    @Test
    void aReadOnlyTransactionWorksDespiteTheDriverRefusingTheFlag() {
        // micronaut-data#3560: without the wrapper this throws "Cannot change read-only flag".
        Integer one = transactions.execute(TransactionDefinition.READ_ONLY, status -> {
            try (Statement s = status.getConnection().createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                rs.next();
                return rs.getInt(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(1, one);
    }

    @Test
    void createsTheMissingDirectoriesOfTheDatabasePath() {
        String url = environment.getRequiredProperty("datasources.default.url", String.class);
        Path file = DatabaseDirectoryListener.databaseFile(url).orElseThrow();
        assertTrue(Files.isDirectory(file.toAbsolutePath().getParent()));
        assertTrue(Files.exists(file));
    }

    @Test
    void ignoresInMemoryAndNonSqliteUrls() {
        assertTrue(DatabaseDirectoryListener.databaseFile("jdbc:sqlite::memory:").isEmpty());
        assertTrue(DatabaseDirectoryListener.databaseFile("jdbc:postgresql://h/db").isEmpty());
        assertEquals(Path.of("a/b.db"), DatabaseDirectoryListener.databaseFile("jdbc:sqlite:a/b.db?x=1").orElseThrow());
    }
}
