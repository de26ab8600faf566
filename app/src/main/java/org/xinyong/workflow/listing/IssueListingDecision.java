package org.xinyong.workflow.listing;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.documents.CaseDocument;

/**
 * BPMN 出具认定决定书 (Task_issueDecision). Keeps the decision's date in {@value #DECISION_ISSUED_AT}: the publication
 * period and the minimum period before repair count from it (认定决定作出之日, issue 13 item 3).
 */
@Component("issueListingDecision")
public class IssueListingDecision implements JavaDelegate {

    public static final String DECISION_ISSUED_AT = "decisionIssuedAt";

    private final ListingProcedure procedure;

    public IssueListingDecision(ListingProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseDocument decision = procedure.issueDecision(CaseVariables.caseId(execution),
                execution.hasVariable("verifyStatementOutcome"));
        execution.setVariable(DECISION_ISSUED_AT, Date.from(decision.issuedAt()));
    }
}
