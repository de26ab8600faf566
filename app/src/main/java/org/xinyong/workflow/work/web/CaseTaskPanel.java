package org.xinyong.workflow.work.web;

import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.security.CurrentUser;

/**
 * What the task page ({@code /work/tasks/{id}}) shows of the case beside the task's form: each lifecycle's web
 * package implements it once for its case type, and the task page looks it up by the task's case type.
 */
public interface CaseTaskPanel {

    /**
     * @param template   the Thymeleaf template whose {@code taskPanel} fragment renders the case
     * @param attribute  the model attribute the fragment and the task's form read ({@code listing}, {@code objection}
     *                   ...)
     * @param details    its value
     */
    record Panel(String template, String attribute, Object details) {
    }

    CaseType type();

    /** The case as the task page shows it; the lifecycle checks that the user may see it and logs the view. */
    Panel panel(long caseId, CurrentUser user);
}
