package org.xinyong.workflow.listing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 撤销名单 (Task_revokeListing). */
@Component("revokeListing")
public class RevokeListing implements JavaDelegate {

    private final ListingProcedure procedure;

    public RevokeListing(ListingProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.revoke(CaseVariables.caseId(execution));
    }
}
