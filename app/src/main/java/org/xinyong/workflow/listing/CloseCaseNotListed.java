package org.xinyong.workflow.listing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 终结认定（不予列入） (Task_closeNotListed): after a head's rejection or a verified statement's drop. */
@Component("closeCaseNotListed")
public class CloseCaseNotListed implements JavaDelegate {

    static final String REJECTED_AT_REVIEW = "REJECTED_AT_REVIEW";
    static final String DROPPED_AFTER_STATEMENT = "DROPPED_AFTER_STATEMENT";

    private final ListingProcedure procedure;

    public CloseCaseNotListed(ListingProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean dropped = "drop".equals(execution.getVariable("verifyStatementOutcome"));
        procedure.closeNotListed(CaseVariables.caseId(execution),
                dropped ? DROPPED_AFTER_STATEMENT : REJECTED_AT_REVIEW, dropped);
    }
}
