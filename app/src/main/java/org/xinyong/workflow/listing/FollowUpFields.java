package org.xinyong.workflow.listing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.xinyong.workflow.cases.Decision;

/** What the follow-up delegates read of the decision just taken: its fields, its reasons and who took it. */
final class FollowUpFields {

    private FollowUpFields() {
    }

    static String text(DelegateExecution execution, String field) {
        Object value = Decision.field(execution, field);
        return value == null ? null : value.toString();
    }

    static String reason(DelegateExecution execution) {
        return Decision.reason(execution);
    }

    static String actor(DelegateExecution execution) {
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? ListingProcedure.SYSTEM : authentication.getUserId();
    }
}
