package org.xinyong.workflow.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.audit.AuditTrail;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.deadline.DeadlineService;
import org.xinyong.workflow.deadline.DeadlineView;
import org.xinyong.workflow.documents.CaseDocuments;
import org.xinyong.workflow.documents.DocumentKind;
import org.xinyong.workflow.documents.DocumentSummary;

/** The JSON shapes of a listing case (API.md {@code GET /listing-cases/{id}}). */
@Component
public class ListingCaseViews {

    public record HistoryEntry(Instant at, String actor, String action, String detail) {
    }

    public record CaseView(long id, ListingCaseStatus status, String departmentCode, String subjectType,
                           String subjectCode, String subjectName, BasisType basisType, String basisNumber,
                           LocalDate basisDate, SeriousListDomain domain, String proposedSeverity, String severity,
                           String facts, List<String> measures, String ruleSetId, Long listingId, String recordedBy,
                           Instant recordedAt, Instant closedAt, String closeReason, List<DeadlineView> deadlines,
                           List<DocumentSummary> documents, List<HistoryEntry> history, LocalDate decisionDate,
                           List<RecordCorrection> corrections) {
    }

    /** The timeline shows what happened to the case, not who looked at it (those reads stay in the audit log). */
    private static final java.util.Set<String> READS = java.util.Set.of("SUBJECT_VIEWED", "DOCUMENT_VIEWED");
    private static final int HISTORY_LIMIT = 1000;

    private final ListingRepository listings;
    private final DeadlineService deadlines;
    private final CaseDocuments documents;
    private final AuditTrail audit;
    private final ListingCaseRepository cases;
    private final BusinessClock clock;

    public ListingCaseViews(ListingRepository listings, DeadlineService deadlines, CaseDocuments documents,
                            AuditTrail audit, ListingCaseRepository cases, BusinessClock clock) {
        this.listings = listings;
        this.deadlines = deadlines;
        this.documents = documents;
        this.audit = audit;
        this.cases = cases;
        this.clock = clock;
    }

    /** The whole case: deadlines, documents and history. */
    public CaseView of(ListingCase c) {
        String caseId = String.valueOf(c.id());
        List<DeadlineView> deadlineViews = deadlines.viewsOf(CaseType.LISTING, caseId);
        List<DocumentSummary> documentViews = documents.ofCase(CaseType.LISTING.name(), caseId).stream()
                .map(DocumentSummary::of).toList();
        List<HistoryEntry> history = audit.find(null, c.businessKey(), 0, HISTORY_LIMIT).stream()
                .filter(entry -> !READS.contains(entry.action()))
                .map(entry -> new HistoryEntry(entry.occurredAt().toInstant(), entry.actor(), entry.action(), entry.detail()))
                .toList();
        return view(c, deadlineViews, documentViews, history);
    }

    /** A row of a case list: no deadlines, documents or history. */
    public CaseView summary(ListingCase c) {
        return view(c, null, null, null);
    }

    private CaseView view(ListingCase c, List<DeadlineView> deadlineViews, List<DocumentSummary> documentViews,
                          List<HistoryEntry> history) {
        Long listingId = c.status() == ListingCaseStatus.LISTED || c.status() == ListingCaseStatus.ENDED
                ? listings.findByCase(c.id()).map(Listing::id).orElse(null) : null;
        // API.md: decisionDate, the day of the listing decision (认定决定作出之日) the publication period counts from
        LocalDate decisionDate = documentViews == null ? null : documentViews.stream()
                .filter(document -> document.kind().equals(DocumentKind.LISTING_DECISION.name()))
                .map(document -> document.issuedAt().atZone(clock.zone()).toLocalDate()).findFirst().orElse(null);
        List<RecordCorrection> corrections = documentViews == null ? null : cases.correctionsOf(c.id());
        return new CaseView(c.id(), c.status(), c.departmentCode(), c.subjectType().name(), c.subjectCode(),
                c.subjectName(), c.basisType(), c.basisNumber(), c.basisDate(), c.domain(),
                c.proposedSeverity().name(), c.severity().name(), c.facts(), c.measures(), c.ruleSetId(), listingId,
                c.recordedBy(), c.recordedAt(), c.closedAt(), c.closeReason(), deadlineViews, documentViews, history,
                decisionDate, corrections);
    }
}
