package org.xinyong.workflow.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.Decision;

/** BPMN 更正失信信息 (Task_correctRecord): the verifying department's correction, fields correctionFacts, correctionSeverity, correctionMeasures. */
@Component("correctRecordAfterObjection")
public class CorrectRecordAfterObjection implements JavaDelegate {

    private final ObjectionProcedure procedure;

    public CorrectRecordAfterObjection(ObjectionProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        procedure.correct(ObjectionVariables.objectionId(execution), Decision.reason(execution),
                text(execution, "correctionFacts"), text(execution, "correctionSeverity"),
                text(execution, "correctionMeasures"), authentication == null ? "system" : authentication.getUserId());
    }

    private static String text(DelegateExecution execution, String field) {
        Object value = Decision.field(execution, field);
        return value == null ? null : value.toString();
    }
}
