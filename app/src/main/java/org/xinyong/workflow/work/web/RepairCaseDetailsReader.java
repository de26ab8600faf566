package org.xinyong.workflow.work.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.deadline.CaseType;
import org.xinyong.workflow.deadline.DeadlineKind;
import org.xinyong.workflow.repair.Repair;
import org.xinyong.workflow.repair.RepairRepository;
import org.xinyong.workflow.work.web.ListingCaseDetails.DeadlineRow;
import org.xinyong.workflow.work.web.RepairCaseDetails.ProgressRow;

/**
 * Reads what the task and case pages show of a credit repair. The caller has obtained the repair through
 * {@code Repairs.view}, which checks access and logs the view.
 */
@Component
public class RepairCaseDetailsReader {

    private final RepairRepository repairs;
    private final CaseParts parts;
    private final TaskRows rows;
    private final WorkDates dates;

    public RepairCaseDetailsReader(RepairRepository repairs, CaseParts parts, TaskRows rows, WorkDates dates) {
        this.repairs = repairs;
        this.parts = parts;
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
        return new RepairCaseDetails(repair, repair.businessKey(), parts.listing(repair.listingCaseId()),
                parts.departmentName(repair.departmentCode()), rows.displayName(repair.applicant()),
                dates.local(repair.appliedAt()), dates.local(repair.acceptedAt()), dates.local(repair.decidedAt()),
                rectification, deadlines,
                parts.files(Repair.FILE_OWNER, caseId, RepairCasePageController.PAGE + repair.id() + "/files/"),
                progress, parts.documents(CaseType.REPAIR, caseId), parts.timeline(repair.businessKey()));
    }
}
