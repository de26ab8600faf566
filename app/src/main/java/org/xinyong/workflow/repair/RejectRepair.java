package org.xinyong.workflow.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.Decision;

/** BPMN 修复不通过答复 (Task_rejectRepair): inspection failed, or the leading group did not approve. */
@Component("rejectRepair")
public class RejectRepair implements JavaDelegate {

    private final RepairProcedure procedure;

    public RejectRepair(RepairProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.reject(RepairVariables.repairId(execution), Decision.reason(execution));
    }
}
