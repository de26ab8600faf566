package org.xinyong.workflow.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 提醒核实期限 (Task_remind). */
@Component("remindObjectionDeadline")
public class RemindObjectionDeadline implements JavaDelegate {

    private final ObjectionProcedure procedure;

    public RemindObjectionDeadline(ObjectionProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.remind(ObjectionVariables.objectionId(execution));
    }
}
