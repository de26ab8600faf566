package org.xinyong.workflow.listing;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The listing process's variables, as {@link ListingCases} starts it. */
final class CaseVariables {

    /** The record's severity as assessed (and as raised by the follow-up of a minor record). */
    static final String SEVERITY = "severity";

    private CaseVariables() {
    }

    static long caseId(VariableScope scope) {
        return Long.parseLong((String) scope.getVariable("caseId"));
    }
}
