package org.xinyong.workflow.objection;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The objection process's variables, as {@link Objections} starts it and the task forms complete it. */
final class ObjectionVariables {

    private ObjectionVariables() {
    }

    static long objectionId(VariableScope scope) {
        return Long.parseLong((String) scope.getVariable("caseId"));
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? "" : value.toString();
    }
}
