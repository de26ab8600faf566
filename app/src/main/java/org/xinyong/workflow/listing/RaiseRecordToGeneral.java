package org.xinyong.workflow.listing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.rules.Severity;

/**
 * BPMN 上升失信等级 (Task_raiseToGeneral): seed003 §二(四)1 经督促后仍不履行的，上升为较重失信行为; the record's new
 * severity (general, or serious as the subject's third general record) becomes process variable {@code severity}.
 */
@Component("raiseRecordToGeneral")
public class RaiseRecordToGeneral implements JavaDelegate {

    private final RecordFollowUp followUp;

    public RaiseRecordToGeneral(RecordFollowUp followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Severity raisedTo = followUp.raise(CaseVariables.caseId(execution), FollowUpFields.reason(execution),
                FollowUpFields.actor(execution));
        execution.setVariable(CaseVariables.SEVERITY, raisedTo.name());
    }
}
