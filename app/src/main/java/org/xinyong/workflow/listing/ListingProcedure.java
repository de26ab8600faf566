package org.xinyong.workflow.listing;

import java.time.Instant;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyong.workflow.rules.RuleSet;
import org.xinyong.workflow.rules.RuleSets;
import org.xinyong.workflow.rules.Severity;
import org.xinyong.workflow.watchlist.WatchListEntry;
import org.xinyong.workflow.watchlist.WatchLists;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.deadline.DeadlineKind;
import org.xinyong.workflow.deadline.DeadlineService;
import org.xinyong.workflow.documents.CaseDocument;
import org.xinyong.workflow.documents.CaseDocuments;
import org.xinyong.workflow.documents.DocumentKind;
import org.xinyong.workflow.notification.PortalInbox;
import org.xinyong.workflow.errors.NotFoundException;

/**
 * The steps of listing identification that change the case, issue documents and publish or end the listing. The
 * process's delegates call one method each; every step writes its state change and its audit entry in the engine's
 * transaction.
 */
@Service
@Transactional
public class ListingProcedure {

    static final String SYSTEM = "system";

    private final ListingCaseRepository cases;
    private final ListingRepository listings;
    private final CaseDocuments documents;
    private final ListingDocumentModels models;
    private final PortalInbox inbox;
    private final DeadlineService deadlines;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final ApplicationEventPublisher events;
    private final RuleSets ruleSets;
    private final WatchLists watchLists;

    public ListingProcedure(ListingCaseRepository cases, ListingRepository listings, CaseDocuments documents,
                            ListingDocumentModels models, PortalInbox inbox, DeadlineService deadlines, AuditLog audit,
                            BusinessClock clock, ApplicationEventPublisher events, RuleSets ruleSets,
                            WatchLists watchLists) {
        this.cases = cases;
        this.listings = listings;
        this.documents = documents;
        this.models = models;
        this.inbox = inbox;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.ruleSets = ruleSets;
        this.watchLists = watchLists;
    }

    /**
     * The head approved the finding: from now it is an identified dishonesty record of the subject, which other
     * lifecycles may act on (credit repair, seed003 §二(五)2). Not on the caseworker's entry, which the head may
     * still return.
     */
    public void announceIdentifiedRecord(long caseId) {
        ListingCase listingCase = caseOf(caseId);
        events.publishEvent(new DishonestyRecorded(caseId, listingCase.subjectCode(), listingCase.basisDate()));
    }

    /** Notice before listing (seed001 §四 8): reasons, legal basis, rights and the window counted from service. */
    public CaseDocument deliverNotice(long caseId) {
        ListingCase listingCase = caseOf(caseId);
        Map<String, Object> model = models.base(listingCase, "信告");
        // the window counts from service (issue 13 item 5), unknown at issue: the notice states its length
        CaseDocument notice = issue(listingCase, DocumentKind.LISTING_NOTICE, model);
        inbox.deliver(notice, models.label("listing.inbox.notice"));
        cases.changeStatus(listingCase, ListingCaseStatus.NOTICE_PERIOD, "notice " + notice.id() + " delivered");
        audit.record(AuditAction.DOCUMENT_ISSUED, listingCase.subjectCode(), listingCase.businessKey(),
                "notice " + notice.id() + " delivered to the portal inbox", null);
        return notice;
    }

    /** The listing decision (seed001 §四 8-10), after the window closed or the statement was verified. */
    public CaseDocument issueDecision(long caseId, boolean statementFiled) {
        ListingCase listingCase = caseOf(caseId);
        Map<String, Object> model = models.base(listingCase, "信决");
        model.put("noticeIssuedOn", documents.ofCase(CaseType.LISTING.name(), String.valueOf(caseId)).stream()
                .filter(document -> document.kind() == DocumentKind.LISTING_NOTICE).findFirst()
                .map(document -> models.date(document.issuedAt())).orElse(models.date(clock.today())));
        model.put("statementOutcomeText", models.label(statementFiled
                ? "listing.doc.statementConsidered" : "listing.doc.noStatement"));
        model.put("repairableFromText", models.label("listing.doc.repairableAfterMinimum"));
        CaseDocument decision = issue(listingCase, DocumentKind.LISTING_DECISION, model);
        inbox.deliver(decision, models.label("listing.inbox.decision"));
        cases.changeStatus(listingCase, ListingCaseStatus.AWAITING_PUBLICATION, "decision " + decision.id());
        audit.record(AuditAction.DOCUMENT_ISSUED, listingCase.subjectCode(), listingCase.businessKey(),
                "listing decision " + decision.id(), null);
        return decision;
    }

    /** The subject stated its case within the window; the department verifies it. */
    public void statementReceived(long caseId) {
        cases.changeStatus(caseOf(caseId), ListingCaseStatus.STATEMENT_VERIFICATION, "statement received");
    }

    /** Publication: from now the listing is in force and the sanctions check answers with its measures. */
    public long activate(long caseId) {
        ListingCase listingCase = caseOf(caseId);
        Instant publishUntil = dueOf(caseId, DeadlineKind.PUBLICATION);
        Instant repairableFrom = dueOf(caseId, DeadlineKind.MINIMUM_PUBLICATION);
        long listingId = listings.insertActive(listingCase, clock.now(), publishUntil, repairableFrom);
        cases.changeStatus(listingCase, ListingCaseStatus.LISTED, "listing " + listingId);
        audit.record(AuditAction.LISTING_PUBLISHED, listingCase.subjectCode(), listingCase.businessKey(),
                "listing " + listingId + " active until " + publishUntil + ", repairable from " + repairableFrom, null);
        listings.findByCase(caseId).ifPresent(l -> events.publishEvent(ListingChanged.of(ListingChanged.PUBLISHED, l, ListingStatus.ACTIVE)));
        return listingId;
    }

    /** An objection is being verified: the measures are not applied meanwhile (seed000 §五(五)). */
    public void suspendSanctions(long caseId) {
        changeListingStatus(caseId, ListingStatus.ACTIVE, ListingStatus.SUSPENDED);
    }

    /** The objection ended without revocation: the measures apply again. */
    public void resumeSanctions(long caseId) {
        changeListingStatus(caseId, ListingStatus.SUSPENDED, ListingStatus.ACTIVE);
    }

    private void changeListingStatus(long caseId, ListingStatus from, ListingStatus to) {
        ListingCase listingCase = caseOf(caseId);
        listings.findByCase(caseId).filter(listing -> listing.status() == from)
                .filter(listing -> listings.changeStatus(listing.id(), from, to)).ifPresent(listing -> {
            audit.record(AuditAction.STATE_CHANGED, listingCase.subjectCode(), listingCase.businessKey(),
                    "listing " + listing.id() + " " + from + " -> " + to, null);
            events.publishEvent(ListingChanged.statusChanged(listing, to));
        });
    }

    public void removeOnExpiry(long caseId) {
        end(caseId, ListingStatus.REMOVED, "EXPIRED");
    }

    public void removeAfterRepair(long caseId) {
        end(caseId, ListingStatus.REMOVED, "REPAIRED");
    }

    public void revoke(long caseId) {
        end(caseId, ListingStatus.REVOKED, "OBJECTION_UPHELD");
    }

    /**
     * A record the head approved but assessed minor or general is not for the serious list (seed001 §四6-7, §四10
     * proportionality; seed003 §二(四)1-2): the subject gets a credit reminder ordering it to stop and correct the act
     * (a general record also makes it a focus of routine and random inspection), and the case ends without a
     * listing. The record stays and counts for escalation.
     */
    public CaseDocument handleBelowSerious(long caseId) {
        ListingCase listingCase = caseOf(caseId);
        Map<String, Object> model = models.base(listingCase, "信提");
        model.put("handlingText", models.label("listing.doc.reminder.handling." + listingCase.severity()));
        model.put("notListedText", models.label("listing.doc.reminder.notListed"));
        model.put("escalationWarningText", models.label("listing.doc.reminder.escalation." + listingCase.severity()));
        if (listingCase.severity() == Severity.GENERAL) {
            // seed003 §二(四)2: a general record puts the subject on the watch list, with its measures, for a period
            RuleSet ruleSet = ruleSets.byId(listingCase.ruleSetId());
            WatchListEntry entry = watchLists.enter(listingCase.id(), listingCase.subjectType().name(),
                    listingCase.subjectCode(), listingCase.subjectName(), listingCase.departmentCode(), ruleSet);
            model.put("watchListText", models.label("listing.doc.reminder.watchList",
                    models.date(entry.since()), models.date(entry.until()), models.measureTitles(entry.measures())));
        }
        CaseDocument reminder = issue(listingCase, DocumentKind.CREDIT_REMINDER, model);
        inbox.deliver(reminder, models.label("listing.inbox.reminder"));
        audit.record(AuditAction.DOCUMENT_ISSUED, listingCase.subjectCode(), listingCase.businessKey(),
                "credit reminder " + reminder.id() + " (" + listingCase.severity() + ", not listed)", null);
        if (listingCase.severity() == Severity.MINOR) {
            // seed003 §二(四)1: the department follows the reminder up (processes/listing-identification.bpmn
            // checkRectification); the case ends when the act is corrected or the record is raised to general
            cases.changeStatus(listingCase, ListingCaseStatus.FOLLOW_UP, "credit reminder " + reminder.id()
                    + "; rectification followed up");
        } else {
            cases.close(listingCase, ListingCaseStatus.GRADED, "BELOW_SERIOUS_" + listingCase.severity(), clock.now());
        }
        return reminder;
    }

    /**
     * The case ends without a listing. A subject who was told of the proposed listing is told that it was dropped;
     * one rejected at head review was never told.
     */
    public void closeNotListed(long caseId, String reason, boolean subjectWasNotified) {
        ListingCase listingCase = caseOf(caseId);
        if (subjectWasNotified) {
            Map<String, Object> model = models.base(listingCase, "信不");
            model.put("closeReasonText", models.label("listing.doc.closeReason." + reason));
            CaseDocument notice = issue(listingCase, DocumentKind.NOT_LISTED_NOTICE, model);
            inbox.deliver(notice, models.label("listing.inbox.notListed"));
        }
        deadlines.openDeadlinesOf(CaseType.LISTING, String.valueOf(caseId))
                .forEach(deadline -> deadlines.cancel(deadline.id()));
        cases.close(listingCase, ListingCaseStatus.NOT_LISTED, reason, clock.now());
    }

    private void end(long caseId, ListingStatus status, String reason) {
        ListingCase listingCase = caseOf(caseId);
        Listing listing = listings.findByCase(caseId)
                .orElseThrow(() -> new IllegalStateException("Case " + caseId + " has no listing to end"));
        Instant now = clock.now();
        listings.end(listing.id(), status, reason, now);
        deadlines.openDeadlinesOf(CaseType.LISTING, String.valueOf(caseId))
                .forEach(deadline -> deadlines.cancel(deadline.id()));
        cases.close(listingCase, ListingCaseStatus.ENDED, reason, now);
        audit.record(status == ListingStatus.REVOKED ? AuditAction.LISTING_REVOKED : AuditAction.LISTING_REMOVED, listingCase.subjectCode(), listingCase.businessKey(),
                "listing " + listing.id() + " " + status + " (" + reason + "); publication and sharing stopped", null);
        events.publishEvent(ListingChanged.ended(listing, status, reason, now));
    }

    private CaseDocument issue(ListingCase listingCase, DocumentKind kind, Map<String, Object> model) {
        return documents.issue(CaseType.LISTING.name(), String.valueOf(listingCase.id()), listingCase.subjectCode(),
                kind, model, SYSTEM);
    }

    private Instant dueOf(long caseId, DeadlineKind kind) {
        return deadlines.openDeadline(CaseType.LISTING, String.valueOf(caseId), kind)
                .map(deadline -> deadlines.dueOf(deadline).dueAt())
                .orElseThrow(() -> new IllegalStateException(kind + " of case " + caseId + " was not opened"));
    }

    private java.time.LocalDate lastDayOf(long caseId, DeadlineKind kind) {
        return deadlines.openDeadline(CaseType.LISTING, String.valueOf(caseId), kind)
                .map(deadline -> deadlines.dueOf(deadline).lastDay())
                .orElseThrow(() -> new IllegalStateException(kind + " of case " + caseId + " was not opened"));
    }

    private ListingCase caseOf(long caseId) {
        return cases.find(caseId).orElseThrow(() -> new NotFoundException("listing.case.notFound", caseId));
    }
}
