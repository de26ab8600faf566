package org.xinyong.workflow.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.Decision;

/** BPMN 维持认定并恢复惩戒 (Task_resumeSanctions). */
@Component("upholdListing")
public class UpholdListing implements JavaDelegate {

    private final ObjectionProcedure procedure;

    public UpholdListing(ObjectionProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.uphold(ObjectionVariables.objectionId(execution), Decision.reason(execution));
    }
}
