package org.xinyong.workflow.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 调查验收 (inspectRepair) start: the rectification period has passed. */
@Component("startRepairInspection")
public class StartRepairInspection implements JavaDelegate {

    private final RepairProcedure procedure;

    public StartRepairInspection(RepairProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.startInspection(RepairVariables.repairId(execution));
    }
}
