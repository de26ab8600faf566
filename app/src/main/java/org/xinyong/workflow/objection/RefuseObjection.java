package org.xinyong.workflow.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.Decision;

/** BPMN 不予受理并答复 (Task_refuseObjection). */
@Component("refuseObjection")
public class RefuseObjection implements JavaDelegate {

    private final ObjectionProcedure procedure;

    public RefuseObjection(ObjectionProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.refuse(ObjectionVariables.objectionId(execution), Decision.reason(execution));
    }
}
