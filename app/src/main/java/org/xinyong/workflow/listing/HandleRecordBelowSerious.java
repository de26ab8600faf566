package org.xinyong.workflow.listing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 分级处置：信用提醒 (Task_handleBelowSerious). */
@Component("handleRecordBelowSerious")
public class HandleRecordBelowSerious implements JavaDelegate {

    private final ListingProcedure procedure;

    public HandleRecordBelowSerious(ListingProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.handleBelowSerious(CaseVariables.caseId(execution));
    }
}
