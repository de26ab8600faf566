package org.xinyong.workflow.listing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** BPMN 同意 (Flow_headApproved, on take): the approved finding is an identified record of the subject. */
@Component("announceIdentifiedRecord")
public class AnnounceIdentifiedRecord implements ExecutionListener {

    private final ListingProcedure procedure;

    public AnnounceIdentifiedRecord(ListingProcedure procedure) {
        this.procedure = procedure;
    }

    @Override
    public void notify(DelegateExecution execution) {
        procedure.announceIdentifiedRecord(CaseVariables.caseId(execution));
    }
}
