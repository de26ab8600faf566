package org.xinyong.workflow.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 书面同意并开始整改 (Task_acceptRepair). */
@Component("acceptRepair")
public class AcceptRepair implements JavaDelegate {

    private final RepairProcedure procedure;

    public AcceptRepair(RepairProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.accept(RepairVariables.repairId(execution));
    }
}
