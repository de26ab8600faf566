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
import org.xinyong.workflow.listing.ListingCorrections;
import org.xinyong.workflow.listing.RecordCorrection;
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
    private final ListingCorrections corrections;

    public ObjectionProcedure(ObjectionRepository objections, ListingCaseRepository listingCases,
                              CaseProcesses processes, DeadlineService deadlines, DeadlineTimers timers,
                              RuleSets ruleSets, CaseDocuments documents, ListingDocumentModels models,
                              PortalInbox inbox, AuditLog audit, BusinessClock clock, ListingCorrections corrections) {
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
        this.corrections = corrections;
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

    /**
     * Part of the information was wrong: the record is corrected (issue 13 item 1; seed000 §五(五) "对错误信息进行及时
     * 更正或撤销", seed004 §三(三)7 "错误的…予以更正"): facts, severity and measures as the verifying department gives
     * them, the previous values kept. A correction that leaves the record serious resumes the sanctions on the
     * corrected record; one that makes it minor or general revokes the listing (the serious list is for serious acts
     * only, seed001 §四 6-7). Either way a correction decision is served that restores the subject's reputation.
     *
     * @param facts    the corrected facts, or blank to keep them
     * @param severity the corrected severity, or blank to keep it
     * @param measures the corrected measure codes, comma-separated, or blank to keep them
     */
    public RecordCorrection correct(long objectionId, String reason, String facts, String severity, String measures,
                                    String actor) {
        Objection objection = objectionOf(objectionId);
        RecordCorrection correction = corrections.correct(objection.listingCaseId(), objectionId, facts, severity,
                measures, reason, actor);
        objections.decide(objection, ObjectionStatus.CORRECTED, "correct", reason, clock.now());
        boolean revoked = false;
        if (correction.stillSerious()) {
            resumeListing(objection);
        } else {
            revoked = processes.correlate(LISTING_REVOKED, ListingCase.businessKey(objection.listingCaseId()), Map.of());
        }
        issueCorrection(objection, correction);
        audit.record(AuditAction.OBJECTION_DECIDED, objection.subjectCode(), objection.businessKey(),
                "record corrected (correction " + correction.id() + ")"
                        + (correction.stillSerious() ? "; sanctions resume on the corrected record"
                        : revoked ? "; no longer serious: listing revoked" : "; no longer serious")
                        + "; " + reason, null);
        return correction;
    }

    /** The corrected decision, old and new values side by side, served on the subject (issue 13 item 1). */
    private CaseDocument issueCorrection(Objection objection, RecordCorrection correction) {
        ListingCase listingCase = listingCases.find(objection.listingCaseId()).orElseThrow();
        Map<String, Object> model = models.base(listingCase, "更");
        model.put("receivedOn", models.date(objection.receivedAt()));
        model.put("reason", correction.reason());
        model.put("factsChanged", !correction.facts().equals(correction.previousFacts()));
        model.put("previousFacts", correction.previousFacts());
        model.put("severityChanged", correction.severity() != correction.previousSeverity());
        model.put("previousSeverityLabel", models.label("listing.severity." + correction.previousSeverity()));
        model.put("measuresChanged", !correction.measures().stream().sorted().toList()
                .equals(correction.previousMeasures().stream().sorted().toList()));
        model.put("previousMeasuresText", models.measureTitles(correction.previousMeasures()));
        model.put("measuresText", models.measureTitles(correction.measures()));
        model.put("stillSerious", correction.stillSerious());
        CaseDocument document = documents.issue(CaseType.OBJECTION.name(), String.valueOf(objection.id()),
                objection.subjectCode(), DocumentKind.LISTING_CORRECTION, model, "system");
        inbox.deliver(document, models.label("objection.inbox.correction"));
        return document;
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
