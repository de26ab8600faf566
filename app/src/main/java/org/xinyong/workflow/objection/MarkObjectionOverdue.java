package org.xinyong.workflow.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 标记逾期 (Task_markOverdue). */
@Component("markObjectionOverdue")
public class MarkObjectionOverdue implements JavaDelegate {

    private final ObjectionProcedure procedure;

    public MarkObjectionOverdue(ObjectionProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.markOverdue(ObjectionVariables.objectionId(execution));
    }
}
