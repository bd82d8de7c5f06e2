package dev.switchboard.adapter.persistence.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseSelectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aBlankUrlKeepsTheEmbeddedSqliteFile(String url) {
        assertFalse(new ExternalDatabase(url, "u", "p").configured());
        assertFalse(new ExternalDatabase(null, null, null).configured());
    }

    @Test
    void aPostgresqlUrlSelectsPostgresqlWithItsCredentials() {
        ExternalDatabase db = new ExternalDatabase(" jdbc:postgresql://db:5432/switchboard ", " app ", "pw");
        assertTrue(db.configured());
        assertEquals("jdbc:postgresql://db:5432/switchboard", db.url());
        assertEquals("app", db.user());
        assertEquals("pw", db.password());
        assertFalse(db.toString().contains("pw"), "no credentials in toString");
    }

    @Test
    void anyOtherUrlIsRefusedWithoutEchoingItsSecrets() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ExternalDatabase("jdbc:mysql://h/db?password=hunter2", null, null));
        assertTrue(e.getMessage().contains("jdbc:postgresql://"), e.getMessage());
        assertTrue(e.getMessage().contains("'jdbc:mysql:'"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ExternalDatabase("postgres://h/db", null, null));
    }

    @ParameterizedTest
    @CsvSource({"SQLite, sqlite", "PostgreSQL, postgresql"})
    void migrationsComeFromTheVendorsFolder(String productName, String folder) {
        assertEquals(folder, VendorMigrationLocations.folderFor(productName));
    }

    @Test
    void anUnsupportedDatabaseIsNamedInTheError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> VendorMigrationLocations.folderFor("MySQL"));
        assertTrue(e.getMessage().contains("MySQL"), e.getMessage());
    }
}
