package dev.switchboard.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectorySecretsTest {

    @TempDir
    Path dir;

    @Test
    void generatesAnOwnerOnlyFileOnceAndReusesItOnTheNextStart() throws Exception {
        Path data = dir.resolve("not/yet/there");
        String first = new DataDirectorySecrets(data).resolve(null, "secret.key");
        String second = new DataDirectorySecrets(data).resolve("", "secret.key");
        assertEquals(first, second);
        assertTrue(first.length() >= 43, "256 bits, base64url");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("secret.key"))));
    }

    @Test
    void theEnvironmentWinsAndNothingIsWritten() {
        assertEquals("from-env", new DataDirectorySecrets(dir).resolve(" from-env ", "encryption.key"));
        assertFalse(Files.exists(dir.resolve("encryption.key")));
    }

    @Test
    void twoSecretsAreNeverTheSame() {
        DataDirectorySecrets secrets = new DataDirectorySecrets(dir);
        assertFalse(secrets.resolve(null, "a.key").equals(secrets.resolve(null, "b.key")));
    }
}
