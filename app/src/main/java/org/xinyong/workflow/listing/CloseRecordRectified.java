package org.xinyong.workflow.listing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 整改完毕 (Task_closeRectified): the minor record's follow-up ends. */
@Component("closeRecordRectified")
public class CloseRecordRectified implements JavaDelegate {

    private final RecordFollowUp followUp;

    public CloseRecordRectified(RecordFollowUp followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUp.closeRectified(CaseVariables.caseId(execution));
    }
}
