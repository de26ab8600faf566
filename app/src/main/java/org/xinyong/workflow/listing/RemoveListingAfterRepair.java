package org.xinyong.workflow.listing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 修复后移出名单 (Task_removeAfterRepair). */
@Component("removeListingAfterRepair")
public class RemoveListingAfterRepair implements JavaDelegate {

    private final ListingProcedure procedure;

    public RemoveListingAfterRepair(ListingProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.removeAfterRepair(CaseVariables.caseId(execution));
    }
}
