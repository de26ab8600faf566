package org.xinyong.workflow.objection.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.xinyong.workflow.objection.ObjectionViews.ObjectionView;
import org.xinyong.workflow.work.web.CaseParts.FileRow;
import org.xinyong.workflow.listing.web.ListingRefs.ListingRef;
import org.xinyong.workflow.work.web.DeadlineRow;
import org.xinyong.workflow.work.web.DocumentRow;
import org.xinyong.workflow.work.web.TimelineRow;

/**
 * An objection as the task and case pages show it: the view of the API, the listing case it concerns, the
 * verification period (with the days left), the evidence files and requests, the documents and the timeline.
 *
 * @param verification the verification period, {@code null} before the objection was accepted
 */
public record ObjectionCaseDetails(ObjectionView view, String caseRef, ListingRef listing, String departmentName,
                                   String applicantName, LocalDateTime receivedAt, LocalDateTime decidedAt,
                                   DeadlineRow verification, List<DeadlineRow> deadlines, List<FileRow> files,
                                   List<EvidenceRequestRow> evidenceRequests, List<DocumentRow> documents,
                                   List<TimelineRow> timeline) {

    /** A request for supplementary evidence; {@code respondBy} is the last day the applicant has. */
    public record EvidenceRequestRow(String requestedBy, LocalDateTime requestedAt, LocalDate respondBy, String note,
                                     LocalDateTime closedAt, String closedReason) {

        public boolean open() {
            return closedAt == null;
        }
    }
}
