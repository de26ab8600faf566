package org.xinyong.workflow.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.Decision;

/** BPMN 撤销名单并恢复名誉 (Task_revokeListing). */
@Component("revokeListingAfterObjection")
public class RevokeListingAfterObjection implements JavaDelegate {

    private final ObjectionProcedure procedure;

    public RevokeListingAfterObjection(ObjectionProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.revoke(ObjectionVariables.objectionId(execution), Decision.reason(execution));
    }
}
