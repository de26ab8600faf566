package org.xinyong.workflow.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.Decision;

/** BPMN 更正失信信息 (Task_correctRecord). */
@Component("correctRecordAfterObjection")
public class CorrectRecordAfterObjection implements JavaDelegate {

    private final ObjectionProcedure procedure;

    public CorrectRecordAfterObjection(ObjectionProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.correct(ObjectionVariables.objectionId(execution), Decision.reason(execution));
    }
}
