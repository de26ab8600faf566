package org.xinyong.workflow.listing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 暂停联合惩戒 (Task_suspendSanctions, event sub-process 异议期间暂停惩戒). */
@Component("suspendListingSanctions")
public class SuspendListingSanctions implements JavaDelegate {

    private final ListingProcedure procedure;

    public SuspendListingSanctions(ListingProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.suspendSanctions(CaseVariables.caseId(execution));
    }
}
