package org.xinyong.workflow.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 恢复核实计时 (Task_resumeClock). */
@Component("resumeObjectionClock")
public class ResumeObjectionClock implements JavaDelegate {

    private final ObjectionProcedure procedure;

    public ResumeObjectionClock(ObjectionProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.resumeClock(ObjectionVariables.objectionId(execution), execution.getProcessInstanceId());
    }
}
