package dev.switchboard.application.testsupport;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The condition behind {@link RequiresPostgres}: skip locally without the server, never in CI. */
final class PostgresCondition implements ExecutionCondition {

    private static volatile Optional<String> unreachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> reason = reason();
        if (reason.isEmpty()) {
            return ConditionEvaluationResult.enabled("PostgreSQL test server reachable");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("CI=true: runs, so an unreachable server fails the build");
        }
        return ConditionEvaluationResult.disabled("skipped (set CI=true to fail instead): " + reason.get());
    }

    private static Optional<String> reason() {
        Optional<String> known = unreachable;
        if (known == null) {
            known = PostgresTestSchema.unreachableReason();
            unreachable = known;
        }
        return known;
    }
}
