package org.xinyong.workflow.admin.web;

import org.springframework.validation.Errors;
import org.xinyong.workflow.admin.AdminRefusal;

/** Helpers shared by the administration pages. */
final class AdminPages {

    private AdminPages() {
    }

    /** Shows a service's refusal on the form: at its field, or at the top. */
    static void reject(Errors errors, AdminRefusal refusal) {
        if (refusal.field() == null) {
            errors.reject(refusal.messageCode(), refusal.arguments(), null);
        } else {
            errors.rejectValue(refusal.field(), refusal.messageCode(), refusal.arguments(), null);
        }
    }
}
