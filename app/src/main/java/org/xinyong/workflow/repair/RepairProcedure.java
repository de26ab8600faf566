package org.xinyong.workflow.repair;

import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.deadline.Deadline;
import org.xinyong.workflow.deadline.DeadlineKind;
import org.xinyong.workflow.deadline.DeadlineService;
import org.xinyong.workflow.documents.CaseDocument;
import org.xinyong.workflow.documents.CaseDocuments;
import org.xinyong.workflow.documents.DocumentKind;
import org.xinyong.workflow.engine.CaseProcesses;
import org.xinyong.workflow.listing.ListingCase;
import org.xinyong.workflow.listing.ListingCaseRepository;
import org.xinyong.workflow.listing.ListingDocumentModels;
import org.xinyong.workflow.notification.PortalInbox;
import org.xinyong.workflow.rules.DurationUnit;
import org.xinyong.workflow.rules.LegalDuration;
import org.xinyong.workflow.errors.InvalidRequestException;
import org.xinyong.workflow.errors.NotFoundException;

/** The steps of the credit-repair process; each writes its state change, documents and audit entry together. */
@Service
@Transactional
public class RepairProcedure {

    static final String LISTING_REPAIRED = "ListingRepaired";

    private final RepairRepository repairs;
    private final ListingCaseRepository listingCases;
    private final CaseProcesses processes;
    private final DeadlineService deadlines;
    private final CaseDocuments documents;
    private final ListingDocumentModels models;
    private final PortalInbox inbox;
    private final AuditLog audit;
    private final BusinessClock clock;

    public RepairProcedure(RepairRepository repairs, ListingCaseRepository listingCases, CaseProcesses processes,
                           DeadlineService deadlines, CaseDocuments documents, ListingDocumentModels models,
                           PortalInbox inbox, AuditLog audit, BusinessClock clock) {
        this.repairs = repairs;
        this.listingCases = listingCases;
        this.processes = processes;
        this.deadlines = deadlines;
        this.documents = documents;
        this.models = models;
        this.inbox = inbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Written consent (seed003 §二(五)3); the rectification period starts (the BPMN opens its deadline). */
    public void accept(long repairId) {
        Repair repair = repairOf(repairId);
        repairs.accept(repair, clock.now());
        notify(repair, DocumentKind.REPAIR_ACCEPTANCE, "repair.doc.accepted", null, true);
    }

    public void refuse(long repairId, String reason) {
        Repair repair = repairOf(repairId);
        repairs.decide(repair, RepairStatus.REFUSED, "refuse", reason, clock.now());
        notify(repair, DocumentKind.REPAIR_REFUSAL, "repair.doc.refused", reason, true);
        audit.record(AuditAction.REPAIR_DECIDED, repair.subjectCode(), repair.businessKey(), "not accepted: " + reason,
                null);
    }

    public void startInspection(long repairId) {
        repairs.changeStatus(repairOf(repairId), RepairStatus.INSPECTING, "rectification period over; inspection");
    }

    /**
     * Extends the rectification period by {@code months} from its current end; it is never shortened
     * (DOMAIN Lifecycle C.4). How many months one extension may add is the inspectRepair task's declared
     * {@code outcomeField}, checked when the task is completed; here only that it is an extension at all.
     */
    public void extend(long repairId, String processInstanceId, Object months) {
        Repair repair = repairOf(repairId);
        int extension = months == null ? 0 : parseMonths(months);
        if (extension < 1) {
            throw new InvalidRequestException("repair.extend.months");
        }
        Deadline current = deadlines.ofCase(CaseType.REPAIR, String.valueOf(repairId)).stream()
                .filter(deadline -> deadline.kind() == DeadlineKind.RECTIFICATION)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("Repair " + repairId + " has no rectification period"));
        Instant from = deadlines.dueOf(current).dueAt();
        deadlines.open(CaseType.REPAIR, String.valueOf(repairId), processInstanceId, DeadlineKind.RECTIFICATION, from,
                new LegalDuration(extension, DurationUnit.MONTHS), repair.ruleSetId(),
                "extended by the identifying department (DOMAIN Lifecycle C.4)");
        repairs.changeStatus(repair, RepairStatus.RECTIFYING,
                "rectification extended by " + extension + " month(s)");
    }

    /** The report to the lead department (信用修复情况说明, seed003 §二(五)3). */
    public void issueReport(long repairId) {
        Repair repair = repairOf(repairId);
        repairs.changeStatus(repair, RepairStatus.REPORTED, "inspection passed; report to the credit office");
        notify(repair, DocumentKind.REPAIR_REPORT, "repair.doc.report", null, false);
    }

    /** Approval: the listing is removed and the sanctions lifted (seed001 §四 15; seed003 §二(五)4). */
    public void approve(long repairId) {
        Repair repair = repairOf(repairId);
        repairs.decide(repair, RepairStatus.APPROVED, "approve", null, clock.now());
        boolean removed = processes.correlate(LISTING_REPAIRED, ListingCase.businessKey(repair.listingCaseId()),
                Map.of("repairId", String.valueOf(repairId)));
        notify(repair, DocumentKind.REPAIR_DECISION, "repair.doc.approved", null, true);
        audit.record(AuditAction.REPAIR_DECIDED, repair.subjectCode(), repair.businessKey(),
                "approved by the leading group" + (removed ? "; listing removed" : "; the listing had already ended"),
                null);
    }

    public void reject(long repairId, String reason) {
        Repair repair = repairOf(repairId);
        repairs.decide(repair, RepairStatus.REJECTED, "reject", reason, clock.now());
        notify(repair, DocumentKind.REPAIR_REJECTION, "repair.doc.rejected", reason, true);
        audit.record(AuditAction.REPAIR_DECIDED, repair.subjectCode(), repair.businessKey(), "rejected: " + reason,
                null);
    }

    /** A new dishonesty record before acceptance ends the repair as failed (seed003 §二(五)2). */
    public void failForNewViolation(long repairId, String newCaseId) {
        Repair repair = repairOf(repairId);
        repairs.decide(repair, RepairStatus.FAILED, "fail", "LISTING-" + newCaseId, clock.now());
        deadlines.openDeadlinesOf(CaseType.REPAIR, String.valueOf(repairId))
                .forEach(deadline -> deadlines.cancel(deadline.id()));
        notify(repair, DocumentKind.REPAIR_TERMINATION, "repair.doc.failed", null, true);
        audit.record(AuditAction.REPAIR_DECIDED, repair.subjectCode(), repair.businessKey(),
                "failed: new dishonesty record LISTING-" + newCaseId + " before acceptance", null);
    }

    private CaseDocument notify(Repair repair, DocumentKind kind, String bodyCode, String reason, boolean toSubject) {
        ListingCase listingCase = listingCases.find(repair.listingCaseId()).orElseThrow();
        Map<String, Object> model = models.base(listingCase, "信修");
        model.put("addressee", toSubject ? listingCase.subjectName() : models.label("repair.doc.creditOffice"));
        model.put("appliedOn", models.date(repair.appliedAt()));
        model.put("bodyText", models.label(bodyCode));
        model.put("reason", reason);
        CaseDocument document = documents.issue(CaseType.REPAIR.name(), String.valueOf(repair.id()),
                repair.subjectCode(), kind, model, "system");
        if (toSubject) {
            inbox.deliver(document, models.label("repair.inbox.notice"));
        }
        return document;
    }

    private static int parseMonths(Object months) {
        try {
            return Integer.parseInt(months.toString().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private Repair repairOf(long id) {
        return repairs.find(id).orElseThrow(() -> new NotFoundException("repair.notFound", id));
    }
}
