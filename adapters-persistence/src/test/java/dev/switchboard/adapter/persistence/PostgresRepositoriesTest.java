package dev.switchboard.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.switchboard.application.testsupport.PostgresTestSchema;
import dev.switchboard.application.testsupport.RequiresPostgres;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import io.micronaut.test.support.TestPropertyProvider;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The repository contracts on PostgreSQL, in a schema of its own that Flyway migrates from empty. */
@RequiresPostgres
@MicronautTest(startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRepositoriesTest extends RepositoryContracts implements TestPropertyProvider {

    private PostgresTestSchema schema;

    @Override
    public Map<String, String> getProperties() {
        schema = PostgresTestSchema.create();
        return schema.properties();
    }

    @AfterAll
    void dropSchema() {
        if (schema != null) {
            schema.close();
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void plansEveryQueryForItsOwnParameters() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW plan_cache_mode")) {
            rs.next();
            assertEquals("force_custom_plan", rs.getString(1));
        }
    }

    @Test
    void migratesAnEmptySchemaWithThePostgresqlScripts() throws Exception {
        try (Connection c = schema.connection(); Statement s = c.createStatement()) {
            List<String> applied = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT version, script, success FROM flyway_schema_history "
                    + "WHERE version IS NOT NULL ORDER BY installed_rank")) {
                while (rs.next()) {
                    assertEquals(true, rs.getBoolean("success"), rs.getString("script"));
                    applied.add(rs.getString("version"));
                }
            }
            assertEquals("1", applied.get(0));
            assertEquals("2", applied.get(1));
            try (ResultSet rs = s.executeQuery("SELECT data_type FROM information_schema.columns WHERE table_schema = '"
                    + schema.name() + "' AND table_name = 'chat_logs' AND column_name = 'created_at'")) {
                rs.next();
                assertEquals("timestamp with time zone", rs.getString(1));
            }
        }
    }
}
