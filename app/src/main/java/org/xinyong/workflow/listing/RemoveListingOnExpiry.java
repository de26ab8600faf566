package org.xinyong.workflow.listing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 期满移出名单 (Task_removeOnExpiry). */
@Component("removeListingOnExpiry")
public class RemoveListingOnExpiry implements JavaDelegate {

    private final ListingProcedure procedure;

    public RemoveListingOnExpiry(ListingProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.removeOnExpiry(CaseVariables.caseId(execution));
    }
}
