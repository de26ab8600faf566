package org.xinyong.workflow.cases;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The decision a caseworker took at the last completed user task of a case, as the process's delegates read it: the
 * outcome, its reasons and the further fields the task declared. Completing a task ({@code work.CaseTasks}) writes it;
 * delegates read it here rather than from variables named after the task, so renaming a task keeps its reasons.
 * The task's own {@code <taskKey>Outcome} variable is still written for the gateways and the history.
 */
public final class Decision {

    static final String TASK = "decisionTask";
    static final String OUTCOME = "decisionOutcome";
    static final String REASON = "decisionReason";
    static final String FIELD_PREFIX = "decision";

    private Decision() {
    }

    /** The variables that record a decision at task {@code taskKey}. */
    public static Map<String, Object> variables(String taskKey, String outcome, String reason,
                                                Map<String, Object> fields) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(TASK, taskKey);
        variables.put(OUTCOME, outcome);
        variables.put(REASON, reason == null ? "" : reason.trim());
        fields.forEach((name, value) -> variables.put(fieldVariable(name), value));
        return variables;
    }

    /** The reasons given with the last decision; empty when none were given. */
    public static String reason(VariableScope scope) {
        Object value = scope.getVariable(REASON);
        return value == null ? "" : value.toString();
    }

    /** The outcome of the last decision, or {@code null} before any. */
    public static String outcome(VariableScope scope) {
        Object value = scope.getVariable(OUTCOME);
        return value == null ? null : value.toString();
    }

    /** A further field of the last decision (e.g. {@code extendMonths}), or {@code null}. */
    public static Object field(VariableScope scope, String name) {
        return scope.getVariable(fieldVariable(name));
    }

    static String fieldVariable(String name) {
        return FIELD_PREFIX + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
