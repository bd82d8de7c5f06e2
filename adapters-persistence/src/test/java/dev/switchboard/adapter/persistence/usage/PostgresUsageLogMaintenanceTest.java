package dev.switchboard.adapter.persistence.usage;

import dev.switchboard.application.testsupport.PostgresTestSchema;
import dev.switchboard.application.testsupport.RequiresPostgres;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** Start-up upkeep on PostgreSQL (rollup rebuild with INSERT … SELECT, ip-key backfill), in its own schema. */
@RequiresPostgres
@MicronautTest(startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresUsageLogMaintenanceTest extends UsageLogMaintenanceChecks implements TestPropertyProvider {

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
}
