package org.xinyong.workflow.listing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BPMN 恢复联合惩戒 (Task_resumeSanctions, event sub-process 异议办结恢复惩戒). */
@Component("resumeListingSanctions")
public class ResumeListingSanctions implements JavaDelegate {

    private final ListingProcedure procedure;

    public ResumeListingSanctions(ListingProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        procedure.resumeSanctions(CaseVariables.caseId(execution));
    }
}
