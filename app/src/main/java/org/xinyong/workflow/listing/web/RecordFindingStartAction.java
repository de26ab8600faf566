package org.xinyong.workflow.listing.web;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.listing.ListingAccess;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.work.web.WorkStartAction;

/** The workspace's "record a dishonesty finding" button, for a caseworker of an identifying department. */
@Component
class RecordFindingStartAction implements WorkStartAction {

    private final ListingAccess access;

    RecordFindingStartAction(ListingAccess access) {
        this.access = access;
    }

    @Override
    public Optional<Link> linkFor(CurrentUser user) {
        return access.mayRecordFor(user, user.departmentCode())
                ? Optional.of(new Link("record-finding", "/work/cases/new", "work.record.button"))
                : Optional.empty();
    }
}
