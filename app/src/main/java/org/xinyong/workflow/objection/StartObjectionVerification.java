package org.xinyong.workflow.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 核实异议 (verifyObjection) start: the objection was accepted. */
@Component("startObjectionVerification")
public class StartObjectionVerification implements JavaDelegate {

    private final ObjectionProcedure procedure;

    public StartObjectionVerification(ObjectionProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.startVerification(ObjectionVariables.objectionId(execution));
    }
}
