package org.xinyong.workflow.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 终止修复并告知 (Task_failRepair). */
@Component("failRepairForNewViolation")
public class FailRepairForNewViolation implements JavaDelegate {

    private final RepairProcedure procedure;

    public FailRepairForNewViolation(RepairProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.failForNewViolation(RepairVariables.repairId(execution), RepairVariables.text(execution, "newViolationCaseId"));
    }
}
