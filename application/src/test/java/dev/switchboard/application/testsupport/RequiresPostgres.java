package dev.switchboard.application.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that needs the test PostgreSQL ({@link PostgresTestSchema}). Without a reachable server it
 * is skipped with the reason on a developer's machine, but runs (and fails) when {@code CI=true}: CI must prove
 * the PostgreSQL suite, never silently skip it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresCondition.class)
public @interface RequiresPostgres {
}
