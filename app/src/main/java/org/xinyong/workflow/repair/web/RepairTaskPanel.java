package org.xinyong.workflow.repair.web;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.repair.Repairs;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.work.web.CaseTaskPanel;

/** What the task page shows of a credit repair: {@code Repairs.view} checks access and logs the view. */
@Component
class RepairTaskPanel implements CaseTaskPanel {

    static final String TEMPLATE = "repair/task-panel";

    private final Repairs repairs;
    private final RepairCaseDetailsReader details;

    RepairTaskPanel(Repairs repairs, RepairCaseDetailsReader details) {
        this.repairs = repairs;
        this.details = details;
    }

    @Override
    public CaseType type() {
        return CaseType.REPAIR;
    }

    @Override
    public Panel panel(long caseId, CurrentUser user) {
        return new Panel(TEMPLATE, "repair", details.of(repairs.view(caseId, user)));
    }
}
