package org.xinyong.workflow.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 暂停联合惩戒 (Task_suspendSanctions). */
@Component("suspendSanctionsForObjection")
public class SuspendSanctionsForObjection implements JavaDelegate {

    private final ObjectionProcedure procedure;

    public SuspendSanctionsForObjection(ObjectionProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.suspendSanctions(ObjectionVariables.objectionId(execution));
    }
}
