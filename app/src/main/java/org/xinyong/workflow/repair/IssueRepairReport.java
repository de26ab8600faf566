package org.xinyong.workflow.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 出具信用修复情况说明 (Task_issueReport). */
@Component("issueRepairReport")
public class IssueRepairReport implements JavaDelegate {

    private final RepairProcedure procedure;

    public IssueRepairReport(RepairProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.issueReport(RepairVariables.repairId(execution));
    }
}
