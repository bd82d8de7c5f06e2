package dev.switchboard.adapter.persistence;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** The repository contracts on a real SQLite file, migrations included. */
@MicronautTest(startApplication = false)
class SqliteRepositoriesTest extends RepositoryContracts {
}
