package org.xinyong.workflow.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 恢复核实计时 (Task_resumeClock). */
@Component("resumeObjectionClock")
public class ResumeObjectionClock implements JavaDelegate {

    private final ObjectionProcedure procedure;
    private final ObjectionEvidenceNotices notices;

    public ResumeObjectionClock(ObjectionProcedure procedure, ObjectionEvidenceNotices notices) {
        this.procedure = procedure;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.resumeClock(ObjectionVariables.objectionId(execution), execution.getProcessInstanceId());
        notices.answered(ObjectionVariables.objectionId(execution)); // issue 19.3
    }
}
