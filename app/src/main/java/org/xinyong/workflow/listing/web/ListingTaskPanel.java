package org.xinyong.workflow.listing.web;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.listing.ListingCases;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.work.web.CaseTaskPanel;

/** What the task page shows of a listing case: {@code ListingCases.view} checks access and logs the view. */
@Component
class ListingTaskPanel implements CaseTaskPanel {

    static final String TEMPLATE = "listing/task-panel";

    private final ListingCases listingCases;
    private final ListingCaseDetailsReader details;

    ListingTaskPanel(ListingCases listingCases, ListingCaseDetailsReader details) {
        this.listingCases = listingCases;
        this.details = details;
    }

    @Override
    public CaseType type() {
        return CaseType.LISTING;
    }

    @Override
    public Panel panel(long caseId, CurrentUser user) {
        return new Panel(TEMPLATE, "listing", details.of(listingCases.view(caseId, user)));
    }
}
