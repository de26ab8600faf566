package org.xinyong.workflow.listing;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * BPMN 送达约谈通知书 (Task_appointInterview): the interview the department scheduled (fields interviewOn,
 * interviewPlace, interviewee of task scheduleInterview) is notified to the subject; its day becomes {@code interviewAt}.
 */
@Component("appointIntegrityInterview")
public class AppointIntegrityInterview implements JavaDelegate {

    static final String INTERVIEW_AT = "interviewAt";

    private final RecordFollowUp followUp;

    public AppointIntegrityInterview(RecordFollowUp followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(INTERVIEW_AT, Date.from(followUp.appointInterview(CaseVariables.caseId(execution),
                FollowUpFields.text(execution, "interviewOn"), FollowUpFields.text(execution, "interviewPlace"),
                FollowUpFields.text(execution, "interviewee"), FollowUpFields.actor(execution))));
    }
}
