package org.xinyong.workflow.objection.web;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.objection.Objections;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.work.web.CaseTaskPanel;

/** What the task page shows of an objection: {@code Objections.view} checks access and logs the view. */
@Component
class ObjectionTaskPanel implements CaseTaskPanel {

    static final String TEMPLATE = "objection/task-panel";

    private final Objections objections;
    private final ObjectionCaseDetailsReader details;

    ObjectionTaskPanel(Objections objections, ObjectionCaseDetailsReader details) {
        this.objections = objections;
        this.details = details;
    }

    @Override
    public CaseType type() {
        return CaseType.OBJECTION;
    }

    @Override
    public Panel panel(long caseId, CurrentUser user) {
        return new Panel(TEMPLATE, "objection", details.of(objections.view(caseId, user)));
    }
}
