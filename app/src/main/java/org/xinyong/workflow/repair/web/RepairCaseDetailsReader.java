package org.xinyong.workflow.repair.web;

import org.xinyong.workflow.listing.web.ListingRefs;
import org.xinyong.workflow.work.web.CaseParts;
import org.xinyong.workflow.work.web.TaskRows;
import org.xinyong.workflow.calendar.WorkDates;
import java.util.List;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.deadline.DeadlineKind;
import org.xinyong.workflow.repair.Repair;
import org.xinyong.workflow.repair.RepairRepository;
import org.xinyong.workflow.work.web.DeadlineRow;
import org.xinyong.workflow.repair.web.RepairCaseDetails.ProgressRow;

/**
 * Reads what the task and case pages show of a credit repair. The caller has obtained the repair through
 * {@code Repairs.view}, which checks access and logs the view.
 */
@Component
public class RepairCaseDetailsReader {

    private final RepairRepository repairs;
    private final CaseParts parts;
    private final ListingRefs listingRefs;
    private final TaskRows rows;
    private final WorkDates dates;

    public RepairCaseDetailsReader(RepairRepository repairs, CaseParts parts, ListingRefs listingRefs,
            TaskRows rows, WorkDates dates) {
        this.repairs = repairs;
        this.parts = parts;
        this.listingRefs = listingRefs;
        this.rows = rows;
        this.dates = dates;
    }

    public RepairCaseDetails of(Repair repair) {
        String caseId = String.valueOf(repair.id());
        List<DeadlineRow> deadlines = parts.deadlines(CaseType.REPAIR, caseId);
        DeadlineRow rectification = deadlines.stream()
                .filter(deadline -> DeadlineKind.RECTIFICATION.name().equals(deadline.kind()))
                .reduce((first, second) -> second).orElse(null);
        List<ProgressRow> progress = repairs.progress(repair.id()).stream()
                .map(report -> new ProgressRow(report.text(), rows.displayName(report.reportedBy()),
                        dates.local(report.reportedAt())))
                .toList();
        return new RepairCaseDetails(repair, repair.businessKey(), listingRefs.of(repair.listingCaseId()),
                parts.departmentName(repair.departmentCode()), rows.displayName(repair.applicant()),
                dates.local(repair.appliedAt()), dates.local(repair.acceptedAt()), dates.local(repair.decidedAt()),
                rectification, deadlines,
                parts.files(Repair.FILE_OWNER, caseId, RepairCasePageController.PAGE + repair.id() + "/files/"),
                progress, parts.documents(CaseType.REPAIR, caseId), parts.timeline(repair.businessKey()));
    }
}
