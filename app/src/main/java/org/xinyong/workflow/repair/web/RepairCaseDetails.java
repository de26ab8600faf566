package org.xinyong.workflow.repair.web;

import java.time.LocalDateTime;
import java.util.List;

import org.xinyong.workflow.repair.Repair;
import org.xinyong.workflow.work.web.CaseParts.FileRow;
import org.xinyong.workflow.listing.web.ListingRefs.ListingRef;
import org.xinyong.workflow.work.web.DeadlineRow;
import org.xinyong.workflow.work.web.DocumentRow;
import org.xinyong.workflow.work.web.TimelineRow;

/**
 * A credit repair as the task and case pages show it: the application, the listing case it concerns, the
 * rectification period, the materials, the progress reports, the documents and the timeline.
 *
 * @param rectification the current rectification period (the latest, after extensions), {@code null} before
 *                      acceptance
 */
public record RepairCaseDetails(Repair repair, String caseRef, ListingRef listing, String departmentName,
                                String applicantName, LocalDateTime appliedAt, LocalDateTime acceptedAt,
                                LocalDateTime decidedAt, DeadlineRow rectification, List<DeadlineRow> deadlines,
                                List<FileRow> materials, List<ProgressRow> progress, List<DocumentRow> documents,
                                List<TimelineRow> timeline) {

    public record ProgressRow(String text, String reportedBy, LocalDateTime reportedAt) {
    }
}
