package org.xinyong.workflow.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 出具异议答复书 (Task_issueReply). */
@Component("issueObjectionReply")
public class IssueObjectionReply implements JavaDelegate {

    private final ObjectionProcedure procedure;

    public IssueObjectionReply(ObjectionProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.issueReply(ObjectionVariables.objectionId(execution));
    }
}
