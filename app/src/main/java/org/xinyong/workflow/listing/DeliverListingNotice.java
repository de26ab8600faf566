package org.xinyong.workflow.listing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 送达失信告知书 (Task_deliverNotice). */
@Component("deliverListingNotice")
public class DeliverListingNotice implements JavaDelegate {

    private final ListingProcedure procedure;

    public DeliverListingNotice(ListingProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.deliverNotice(CaseVariables.caseId(execution));
    }
}
