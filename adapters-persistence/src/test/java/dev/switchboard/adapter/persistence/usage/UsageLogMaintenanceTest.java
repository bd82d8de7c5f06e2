package dev.switchboard.adapter.persistence.usage;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** Start-up upkeep on a fresh SQLite file. */
@MicronautTest(startApplication = false)
class UsageLogMaintenanceTest extends UsageLogMaintenanceChecks {
}
