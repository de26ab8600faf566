package org.xinyong.workflow.listing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 登记约谈记录 (Task_recordInterview): the minutes of task holdInterview (attendees, rectificationPromised, minutes). */
@Component("recordIntegrityInterview")
public class RecordIntegrityInterview implements JavaDelegate {

    private final RecordFollowUp followUp;

    public RecordIntegrityInterview(RecordFollowUp followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUp.recordInterview(CaseVariables.caseId(execution), FollowUpFields.text(execution, "attendees"),
                FollowUpFields.text(execution, "rectificationPromised"), FollowUpFields.text(execution, "minutes"),
                FollowUpFields.actor(execution));
    }
}
