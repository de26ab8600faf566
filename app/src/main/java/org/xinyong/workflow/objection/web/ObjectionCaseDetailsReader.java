package org.xinyong.workflow.objection.web;

import org.xinyong.workflow.listing.web.ListingRefs;
import org.xinyong.workflow.work.web.CaseParts;
import org.xinyong.workflow.work.web.TaskRows;
import org.xinyong.workflow.calendar.WorkDates;
import java.util.List;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.deadline.DeadlineKind;
import org.xinyong.workflow.objection.Objection;
import org.xinyong.workflow.objection.ObjectionViews;
import org.xinyong.workflow.objection.ObjectionViews.ObjectionView;
import org.xinyong.workflow.work.web.DeadlineRow;
import org.xinyong.workflow.objection.web.ObjectionCaseDetails.EvidenceRequestRow;

/**
 * Reads what the task and case pages show of an objection. The caller has obtained the objection through
 * {@code Objections.view}, which checks access and logs the view.
 */
@Component
public class ObjectionCaseDetailsReader {

    private final ObjectionViews views;
    private final CaseParts parts;
    private final ListingRefs listingRefs;
    private final TaskRows rows;
    private final WorkDates dates;

    public ObjectionCaseDetailsReader(ObjectionViews views, CaseParts parts, ListingRefs listingRefs,
            TaskRows rows, WorkDates dates) {
        this.views = views;
        this.parts = parts;
        this.listingRefs = listingRefs;
        this.rows = rows;
        this.dates = dates;
    }

    public ObjectionCaseDetails of(Objection objection) {
        ObjectionView view = views.of(objection);
        String caseId = String.valueOf(objection.id());
        List<DeadlineRow> deadlines = parts.deadlines(CaseType.OBJECTION, caseId);
        DeadlineRow verification = deadlines.stream()
                .filter(deadline -> DeadlineKind.OBJECTION_VERIFICATION.name().equals(deadline.kind()))
                .reduce((first, second) -> second).orElse(null);
        List<EvidenceRequestRow> requests = view.evidenceRequests().stream()
                .map(request -> new EvidenceRequestRow(rows.displayName(request.requestedBy()),
                        dates.local(request.requestedAt()), dates.lastDay(request.dueAt()), request.note(),
                        dates.local(request.closedAt()), request.closedReason()))
                .toList();
        return new ObjectionCaseDetails(view, objection.businessKey(), listingRefs.of(objection.listingCaseId()),
                parts.departmentName(objection.departmentCode()), rows.displayName(objection.applicant()),
                dates.local(objection.receivedAt()), dates.local(objection.decidedAt()), verification, deadlines,
                parts.files(Objection.FILE_OWNER, caseId, "/api/v1/objections/" + objection.id() + "/files/"),
                requests, parts.documents(CaseType.OBJECTION, caseId), parts.timeline(objection.businessKey()));
    }
}
