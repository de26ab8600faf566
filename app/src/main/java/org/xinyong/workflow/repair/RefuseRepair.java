package org.xinyong.workflow.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.Decision;

/** BPMN 不予受理答复 (Task_refuseRepair). */
@Component("refuseRepair")
public class RefuseRepair implements JavaDelegate {

    private final RepairProcedure procedure;

    public RefuseRepair(RepairProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.refuse(RepairVariables.repairId(execution), Decision.reason(execution));
    }
}
