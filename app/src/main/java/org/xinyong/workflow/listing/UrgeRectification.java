package org.xinyong.workflow.listing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.Decision;

/** BPMN 督促整改 (Task_urgeRectification): the urging notice, with the reasons the department gave for it. */
@Component("urgeRectification")
public class UrgeRectification implements JavaDelegate {

    private final RecordFollowUp followUp;

    public UrgeRectification(RecordFollowUp followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the last decision: holdInterview's "refuse" (did not attend) or checkRectification's "fail" (not corrected)
        followUp.urge(CaseVariables.caseId(execution), FollowUpFields.reason(execution),
                "refuse".equals(Decision.outcome(execution)));
    }
}
