package org.xinyong.workflow.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 提醒核实期限 (Task_remind). */
@Component("remindObjectionDeadline")
public class RemindObjectionDeadline implements JavaDelegate {

    private final ObjectionProcedure procedure;
    private final ObjectionDeadlineNotices notices;

    public RemindObjectionDeadline(ObjectionProcedure procedure, ObjectionDeadlineNotices notices) {
        this.procedure = procedure;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long objectionId = ObjectionVariables.objectionId(execution);
        procedure.remind(objectionId);
        notices.verificationDueSoon(objectionId);
    }
}
