package org.xinyong.workflow.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 标记逾期 (Task_markOverdue). */
@Component("markObjectionOverdue")
public class MarkObjectionOverdue implements JavaDelegate {

    private final ObjectionProcedure procedure;
    private final ObjectionDeadlineNotices notices;

    public MarkObjectionOverdue(ObjectionProcedure procedure, ObjectionDeadlineNotices notices) {
        this.procedure = procedure;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long objectionId = ObjectionVariables.objectionId(execution);
        procedure.markOverdue(objectionId);
        notices.verificationOverdue(objectionId);
    }
}
