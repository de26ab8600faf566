package org.xinyong.workflow.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 中止核实计时 (Task_pauseClock). */
@Component("pauseObjectionClock")
public class PauseObjectionClock implements JavaDelegate {

    private final ObjectionProcedure procedure;
    private final ObjectionEvidenceNotices notices;

    public PauseObjectionClock(ObjectionProcedure procedure, ObjectionEvidenceNotices notices) {
        this.procedure = procedure;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.pauseClock(ObjectionVariables.objectionId(execution), execution.getProcessInstanceId());
        notices.requested(ObjectionVariables.objectionId(execution)); // issue 19.3
    }
}
