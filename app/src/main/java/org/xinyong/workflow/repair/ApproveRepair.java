package org.xinyong.workflow.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 批准修复并移出名单 (Task_approveRepair). */
@Component("approveRepair")
public class ApproveRepair implements JavaDelegate {

    private final RepairProcedure procedure;

    public ApproveRepair(RepairProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.approve(RepairVariables.repairId(execution));
    }
}
