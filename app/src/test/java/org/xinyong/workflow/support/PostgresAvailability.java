package org.xinyong.workflow.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a {@link PostgresIntegrationTest} only when its database answers. Without one its tests are skipped on a
 * developer's machine, and fail where {@code XINYONG_REQUIRE_POSTGRES=true} (CI), so a missing database can never
 * turn a CI run green by skipping. Evaluated before Spring loads any context.
 */
public class PostgresAvailability implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        PostgresTestDatabase.Availability availability = PostgresTestDatabase.availability();
        if (availability.isReachable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers");
        }
        if (PostgresTestDatabase.settings().required()) {
            throw new IllegalStateException("XINYONG_REQUIRE_POSTGRES=true but " + availability.reason());
        }
        return ConditionEvaluationResult.disabled(availability.reason());
    }
}
