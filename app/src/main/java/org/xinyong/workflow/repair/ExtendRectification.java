package org.xinyong.workflow.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.Decision;

/** BPMN 延长整改期 (Task_extendRectification). */
@Component("extendRectification")
public class ExtendRectification implements JavaDelegate {

    private final RepairProcedure procedure;

    public ExtendRectification(RepairProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.extend(RepairVariables.repairId(execution), execution.getProcessInstanceId(), Decision.field(execution, "extendMonths"));
    }
}
