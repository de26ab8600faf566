package org.xinyong.workflow.listing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 出具认定决定书 (Task_issueDecision). */
@Component("issueListingDecision")
public class IssueListingDecision implements JavaDelegate {

    private final ListingProcedure procedure;

    public IssueListingDecision(ListingProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.issueDecision(CaseVariables.caseId(execution), execution.hasVariable("verifyStatementOutcome"));
    }
}
