package org.xinyong.workflow.listing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.Decision;

/**
 * BPMN 登记送达 (Task_registerNoticeService): the department's entry of how and when the notice was served (fields
 * serviceMethod, servedOn, serviceEvidence of task recordNoticeService); the statement window counts from it.
 */
@Component("recordListingNoticeService")
public class RecordListingNoticeService implements JavaDelegate {

    private final ListingNoticeService service;

    public RecordListingNoticeService(ListingNoticeService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        execution.setVariable(ListingNoticeService.SERVED_AT, service.recordByDepartment(
                CaseVariables.caseId(execution), text(execution, "serviceMethod"), text(execution, "servedOn"),
                text(execution, "serviceEvidence"), authentication == null ? "system" : authentication.getUserId()));
    }

    private static String text(DelegateExecution execution, String field) {
        Object value = Decision.field(execution, field);
        return value == null ? null : value.toString();
    }
}
