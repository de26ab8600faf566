package org.xinyong.workflow.listing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 名单公示生效 (Task_activateListing). */
@Component("activateListing")
public class ActivateListing implements JavaDelegate {

    private final ListingProcedure procedure;

    public ActivateListing(ListingProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("listingId", procedure.activate(CaseVariables.caseId(execution)));
    }
}
