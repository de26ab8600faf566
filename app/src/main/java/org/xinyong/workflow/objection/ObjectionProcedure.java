package org.xinyong.workflow.objection;

import java.time.Instant;
import java.util.Date;
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
import org.xinyong.workflow.deadline.DeadlineTimers;
import org.xinyong.workflow.documents.CaseDocument;
import org.xinyong.workflow.documents.CaseDocuments;
import org.xinyong.workflow.documents.DocumentKind;
import org.xinyong.workflow.engine.CaseProcesses;
import org.xinyong.workflow.listing.ListingCase;
import org.xinyong.workflow.listing.ListingCaseRepository;
import org.xinyong.workflow.listing.ListingDocumentModels;
import org.xinyong.workflow.notification.PortalInbox;
import org.xinyong.workflow.rules.RuleSets;
import org.xinyong.workflow.errors.ConflictException;
import org.xinyong.workflow.errors.NotFoundException;

/**
 * The steps of the objection process. Each writes its state change and audit entry in the engine's transaction;
 * the listing hears of the objection by messages to its own process (suspend, resume, revoke).
 */
@Service
@Transactional
public class ObjectionProcedure {

    static final String LISTING_SUSPENDED = "ListingSuspended";
    static final String LISTING_RESUMED = "ListingResumed";
    static final String LISTING_REVOKED = "ListingRevoked";
    static final String REMINDER_TIMER = "Event_reminder";
    static final String OVERDUE_TIMER = "Event_overdue";

    private final ObjectionRepository objections;
    private final ListingCaseRepository listingCases;
    private final CaseProcesses processes;
    private final DeadlineService deadlines;
    private final DeadlineTimers timers;
    private final RuleSets ruleSets;
    private final CaseDocuments documents;
    private final ListingDocumentModels models;
    private final PortalInbox inbox;
    private final AuditLog audit;
    private final BusinessClock clock;

    public ObjectionProcedure(ObjectionRepository objections, ListingCaseRepository listingCases,
                              CaseProcesses processes, DeadlineService deadlines, DeadlineTimers timers,
                              RuleSets ruleSets, CaseDocuments documents, ListingDocumentModels models,
                              PortalInbox inbox, AuditLog audit, BusinessClock clock) {
        this.objections = objections;
        this.listingCases = listingCases;
        this.processes = processes;
        this.deadlines = deadlines;
        this.timers = timers;
        this.ruleSets = ruleSets;
        this.documents = documents;
        this.models = models;
        this.inbox = inbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** From receipt the listing's sanctions are suspended (seed000 §五(五)); an ended listing refuses the objection. */
    public void suspendSanctions(long objectionId) {
        Objection objection = objectionOf(objectionId);
        if (!processes.correlate(LISTING_SUSPENDED, ListingCase.businessKey(objection.listingCaseId()), Map.of())) {
            throw new ConflictException("objection.listingNotActive", objection.listingId());
        }
        audit.record(AuditAction.STATE_CHANGED, objection.subjectCode(), objection.businessKey(),
                "sanctions of listing " + objection.listingId() + " suspended during verification", null);
    }

    public void startVerification(long objectionId) {
        objections.changeStatus(objectionOf(objectionId), ObjectionStatus.VERIFYING, "accepted; verification");
    }

    public void refuse(long objectionId, String reason) {
        Objection objection = objectionOf(objectionId);
        objections.decide(objection, ObjectionStatus.REFUSED, "refuse", reason, clock.now());
        resumeListing(objection);
        reply(objection, DocumentKind.OBJECTION_REFUSAL, "objection.doc.refused", reason);
        audit.record(AuditAction.OBJECTION_DECIDED, objection.subjectCode(), objection.businessKey(),
                "not accepted: " + reason, null);
    }

    /** Reminder before the verification deadline (DOMAIN Lifecycle B.4), kept in the case's audit trail. */
    public void remind(long objectionId) {
        Objection objection = objectionOf(objectionId);
        verificationDeadline(objection).ifPresent(deadline -> audit.record(AuditAction.STATE_CHANGED,
                objection.subjectCode(), objection.businessKey(),
                "reminder: verification due " + deadlines.dueOf(deadline).lastDay(), null));
    }

    public void markOverdue(long objectionId) {
        Objection objection = objectionOf(objectionId);
        objections.markOverdue(objectionId, clock.now());
        audit.record(AuditAction.STATE_CHANGED, objection.subjectCode(), objection.businessKey(),
                "verification overdue; escalated to the credit office", null);
    }

    /** The verification period stops counting while the applicant supplements its evidence (DOMAIN B.6). */
    public void pauseClock(long objectionId, String processInstanceId) {
        Objection objection = objectionOf(objectionId);
        Deadline deadline = verificationDeadline(objection)
                .orElseThrow(() -> new IllegalStateException("Objection " + objectionId + " has no open verification deadline"));
        deadlines.suspend(deadline.id(), "SUPPLEMENTARY_EVIDENCE");
        timers.park(processInstanceId, REMINDER_TIMER);
        timers.park(processInstanceId, OVERDUE_TIMER);
        objections.changeStatus(objection, ObjectionStatus.AWAITING_EVIDENCE,
                "verification period suspended: supplementary evidence requested");
    }

    /** The evidence arrived or the request lapsed: the period counts again and the timers move to the new due. */
    public void resumeClock(long objectionId, String processInstanceId) {
        Objection objection = objectionOf(objectionId);
        Instant now = clock.now();
        objections.openEvidenceRequest(objectionId).ifPresent(request -> objections.closeEvidenceRequest(
                request.id(), now.isBefore(request.dueAt()) ? "RECEIVED" : "LAPSED", now));
        verificationDeadline(objection).ifPresent(deadline -> {
            Instant due = deadlines.resume(deadline.id());
            Instant remindAt = deadlines.reminderAt(deadlines.get(deadline.id()),
                    ruleSets.byId(objection.ruleSetId()).reminderLead(DeadlineKind.OBJECTION_VERIFICATION.name()).duration());
            timers.reschedule(processInstanceId, OVERDUE_TIMER, Date.from(due));
            timers.reschedule(processInstanceId, REMINDER_TIMER, Date.from(remindAt));
            audit.record(AuditAction.DEADLINE_RESUMED, objection.subjectCode(), objection.businessKey(),
                    "verification period resumed; now due " + deadlines.dueOf(deadlines.get(deadline.id())).lastDay(),
                    null);
        });
        objections.changeStatus(objection, ObjectionStatus.VERIFYING, "supplementary evidence closed");
    }

    /** Wrong information: the listing is revoked and the subject's reputation restored (seed000 §五(五)). */
    public void revoke(long objectionId, String reason) {
        Objection objection = objectionOf(objectionId);
        objections.decide(objection, ObjectionStatus.REVOKED, "revoke", reason, clock.now());
        boolean delivered = processes.correlate(LISTING_REVOKED, ListingCase.businessKey(objection.listingCaseId()),
                Map.of());
        audit.record(AuditAction.OBJECTION_DECIDED, objection.subjectCode(), objection.businessKey(),
                "upheld: listing revoked" + (delivered ? "" : " (the listing had already ended)") + "; " + reason,
                null);
    }

    /** Part of the information was wrong: the record is corrected and the sanctions resume (seed004 §三(三)8). */
    public void correct(long objectionId, String correction) {
        Objection objection = objectionOf(objectionId);
        objections.decide(objection, ObjectionStatus.CORRECTED, "correct", correction, clock.now());
        resumeListing(objection);
        audit.record(AuditAction.OBJECTION_DECIDED, objection.subjectCode(),
                ListingCase.businessKey(objection.listingCaseId()), "record corrected after objection "
                        + objectionId + ": " + correction, null);
    }

    public void uphold(long objectionId, String reason) {
        Objection objection = objectionOf(objectionId);
        objections.decide(objection, ObjectionStatus.UPHELD, "uphold", reason, clock.now());
        resumeListing(objection);
        audit.record(AuditAction.OBJECTION_DECIDED, objection.subjectCode(), objection.businessKey(),
                "information correct; listing stands: " + reason, null);
    }

    /** The written reply to the applicant (DOMAIN Lifecycle B.5). */
    public CaseDocument issueReply(long objectionId) {
        Objection objection = objectionOf(objectionId);
        return reply(objection, DocumentKind.OBJECTION_REPLY, "objection.doc.outcome." + objection.outcome(),
                objection.outcomeReason());
    }

    private CaseDocument reply(Objection objection, DocumentKind kind, String outcomeCode, String reason) {
        ListingCase listingCase = listingCases.find(objection.listingCaseId()).orElseThrow();
        Map<String, Object> model = models.base(listingCase, "信异");
        model.put("receivedOn", models.date(objection.receivedAt()));
        model.put("grounds", objection.grounds());
        model.put("outcomeText", models.label(outcomeCode));
        model.put("reason", reason == null ? "" : reason);
        CaseDocument document = documents.issue(CaseType.OBJECTION.name(), String.valueOf(objection.id()),
                objection.subjectCode(), kind, model, "system");
        inbox.deliver(document, models.label("objection.inbox.reply"));
        return document;
    }

    private void resumeListing(Objection objection) {
        processes.correlate(LISTING_RESUMED, ListingCase.businessKey(objection.listingCaseId()), Map.of());
    }

    private java.util.Optional<Deadline> verificationDeadline(Objection objection) {
        return deadlines.openDeadline(CaseType.OBJECTION, String.valueOf(objection.id()),
                DeadlineKind.OBJECTION_VERIFICATION);
    }

    private Objection objectionOf(long id) {
        return objections.find(id).orElseThrow(() -> new NotFoundException("objection.notFound", id));
    }
}
