package org.xinyong.workflow.repair;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The credit-repair process's variables, as {@link Repairs} starts it and the task forms complete it. */
final class RepairVariables {

    private RepairVariables() {
    }

    static long repairId(VariableScope scope) {
        return Long.parseLong((String) scope.getVariable("caseId"));
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? "" : value.toString();
    }
}
