package org.xinyong.workflow.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.calendar.CalendarProperties;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.deadline.Deadline;
import org.xinyong.workflow.deadline.DeadlineKind;
import org.xinyong.workflow.deadline.DeadlineService;
import org.xinyong.workflow.deadline.DeadlineStatus;
import org.xinyong.workflow.deadline.DueDate;
import org.xinyong.workflow.documents.CaseDocument;
import org.xinyong.workflow.documents.CaseDocuments;
import org.xinyong.workflow.documents.DocumentKind;
import org.xinyong.workflow.notification.PortalInbox;
import org.xinyong.workflow.rules.DurationUnit;
import org.xinyong.workflow.rules.LegalDuration;
import org.xinyong.workflow.rules.Severity;
import org.xinyong.workflow.validation.SubjectType;
import org.xinyong.workflow.errors.NotFoundException;

/** The steps of listing identification that the process's delegates run (DOMAIN Lifecycle A.2-A.7). */
class ListingProcedureTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final long CASE_ID = 7;
    private static final String CASE = "7";
    private static final String SUBJECT = "91230400MA19XY0035";
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant PUBLISH_UNTIL = Instant.parse("2029-03-02T16:00:00Z");
    private static final Instant REPAIRABLE_FROM = Instant.parse("2027-03-02T16:00:00Z");

    private final ListingCaseRepository cases = mock(ListingCaseRepository.class);
    private final ListingRepository listings = mock(ListingRepository.class);
    private final CaseDocuments documents = mock(CaseDocuments.class);
    private final ListingDocumentModels models = mock(ListingDocumentModels.class);
    private final PortalInbox inbox = mock(PortalInbox.class);
    private final DeadlineService deadlines = mock(DeadlineService.class);
    private final AuditLog audit = mock(AuditLog.class);
    private final BusinessClock clock = new BusinessClock(new CalendarProperties(SHANGHAI, null));
    private final ListingProcedure procedure =
            new ListingProcedure(cases, listings, documents, models, inbox, deadlines, audit, clock,
                    mock(org.springframework.context.ApplicationEventPublisher.class),
                    mock(org.xinyong.workflow.rules.RuleSets.class), mock(org.xinyong.workflow.watchlist.WatchLists.class));

    private final ListingCase listingCase = listingCase();

    @BeforeEach
    void setUp() {
        clock.setTo(NOW);
        when(cases.find(CASE_ID)).thenReturn(Optional.of(listingCase));
        when(models.base(any(), anyString())).thenAnswer(invocation -> new HashMap<String, Object>());
        when(models.label(anyString())).thenAnswer(invocation -> "label:" + invocation.getArgument(0));
        when(models.date(any(LocalDate.class))).thenAnswer(invocation -> invocation.getArgument(0).toString());
        when(documents.issue(anyString(), anyString(), anyString(), any(), any(), anyString()))
                .thenAnswer(invocation -> document(invocation.getArgument(4)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void activationInsertsTheListingWithThePublicationAndMinimumPublicationDueInstants() {
        openDeadline(DeadlineKind.PUBLICATION, 31, PUBLISH_UNTIL);
        openDeadline(DeadlineKind.MINIMUM_PUBLICATION, 32, REPAIRABLE_FROM);
        when(listings.insertActive(listingCase, NOW, PUBLISH_UNTIL, REPAIRABLE_FROM)).thenReturn(42L);

        long listingId = procedure.activate(CASE_ID);

        assertThat(listingId).isEqualTo(42L);
        verify(listings).insertActive(listingCase, NOW, PUBLISH_UNTIL, REPAIRABLE_FROM);
        verify(cases).changeStatus(argThat(found -> found.id() == CASE_ID), eq(ListingCaseStatus.LISTED), any());
        verify(audit).record(eq(AuditAction.LISTING_PUBLISHED), eq(SUBJECT), eq("LISTING-7"),
                contains("listing 42"), isNull());
    }

    @Test
    void activationWithoutAnOpenPublicationDeadlineFailsBeforeAnythingIsPublished() {
        when(deadlines.openDeadline(CaseType.LISTING, CASE, DeadlineKind.PUBLICATION)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> procedure.activate(CASE_ID))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PUBLICATION");
        verify(listings, never()).insertActive(any(), any(), any(), any());
        verify(cases, never()).changeStatus(any(), any(), any());
        verifyNoInteractions(audit);
    }

    @Test
    void expiryRemovesTheListingAndCancelsTheOpenDeadlines() {
        Listing listing = activeListing();
        when(listings.findByCase(CASE_ID)).thenReturn(Optional.of(listing));
        when(deadlines.openDeadlinesOf(CaseType.LISTING, CASE))
                .thenReturn(List.of(deadline(DeadlineKind.MINIMUM_PUBLICATION, 32, REPAIRABLE_FROM)));

        procedure.removeOnExpiry(CASE_ID);

        verify(listings).end(42L, ListingStatus.REMOVED, "EXPIRED", NOW);
        verify(deadlines).cancel(32L);
        verify(cases).close(argThat(found -> found.id() == CASE_ID), eq(ListingCaseStatus.ENDED), eq("EXPIRED"), eq(NOW));
        verify(audit).record(eq(AuditAction.LISTING_REMOVED), eq(SUBJECT), eq("LISTING-7"),
                contains("publication and sharing stopped"), isNull());
    }

    @Test
    void approvedRepairRemovesTheListingAndCancelsEveryOpenDeadline() {
        when(listings.findByCase(CASE_ID)).thenReturn(Optional.of(activeListing()));
        when(deadlines.openDeadlinesOf(CaseType.LISTING, CASE)).thenReturn(List.of(
                deadline(DeadlineKind.PUBLICATION, 31, PUBLISH_UNTIL),
                deadline(DeadlineKind.MINIMUM_PUBLICATION, 32, REPAIRABLE_FROM)));

        procedure.removeAfterRepair(CASE_ID);

        verify(listings).end(42L, ListingStatus.REMOVED, "REPAIRED", NOW);
        verify(deadlines).cancel(31L);
        verify(deadlines).cancel(32L);
        verify(cases).close(argThat(found -> found.id() == CASE_ID), eq(ListingCaseStatus.ENDED), eq("REPAIRED"), eq(NOW));
        verify(audit).record(eq(AuditAction.LISTING_REMOVED), eq(SUBJECT), eq("LISTING-7"), contains("REMOVED"),
                isNull());
    }

    @Test
    void upheldObjectionRevokesTheListing() {
        when(listings.findByCase(CASE_ID)).thenReturn(Optional.of(activeListing()));
        when(deadlines.openDeadlinesOf(CaseType.LISTING, CASE))
                .thenReturn(List.of(deadline(DeadlineKind.PUBLICATION, 31, PUBLISH_UNTIL)));

        procedure.revoke(CASE_ID);

        verify(listings).end(42L, ListingStatus.REVOKED, "OBJECTION_UPHELD", NOW);
        verify(deadlines).cancel(31L);
        verify(cases).close(argThat(found -> found.id() == CASE_ID), eq(ListingCaseStatus.ENDED), eq("OBJECTION_UPHELD"), eq(NOW));
        verify(audit).record(eq(AuditAction.LISTING_REVOKED), eq(SUBJECT), eq("LISTING-7"), contains("REVOKED"),
                isNull());
    }

    @Test
    void endingACaseThatHasNoListingChangesNothing() {
        when(listings.findByCase(CASE_ID)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> procedure.revoke(CASE_ID)).isInstanceOf(IllegalStateException.class);
        verify(listings, never()).end(anyLong(), any(), any(), any());
        verify(cases, never()).close(any(), any(), any(), any());
        verifyNoInteractions(audit);
    }

    @Test
    void noticeStatesTheWindowCountedFromServiceAndReachesThePortalInbox() {
        CaseDocument notice = procedure.deliverNotice(CASE_ID);

        ArgumentCaptor<Map<String, Object>> model = modelCaptor();
        verify(documents).issue(eq("LISTING"), eq(CASE), eq(SUBJECT), eq(DocumentKind.LISTING_NOTICE), model.capture(),
                eq(ListingProcedure.SYSTEM));
        // issue 13.5: the window counts from service, unknown at issue, so the notice names no last day
        assertThat(model.getValue()).doesNotContainKey("statementDueOn");
        verify(deadlines, never()).openDeadline(CaseType.LISTING, CASE, DeadlineKind.STATEMENT_WINDOW);
        verify(inbox).deliver(notice, "label:listing.inbox.notice");
        verify(cases).changeStatus(argThat(found -> found.id() == CASE_ID), eq(ListingCaseStatus.NOTICE_PERIOD), any());
        verify(audit).record(eq(AuditAction.DOCUMENT_ISSUED), eq(SUBJECT), eq("LISTING-7"), anyString(), isNull());
    }

    @Test
    void decisionAwaitsPublicationAndSaysWhetherAStatementWasConsidered() {
        when(documents.ofCase("LISTING", CASE)).thenReturn(List.of());

        procedure.issueDecision(CASE_ID, true);

        ArgumentCaptor<Map<String, Object>> model = modelCaptor();
        verify(documents).issue(eq("LISTING"), eq(CASE), eq(SUBJECT), eq(DocumentKind.LISTING_DECISION),
                model.capture(), eq(ListingProcedure.SYSTEM));
        assertThat(model.getValue()).containsEntry("statementOutcomeText", "label:listing.doc.statementConsidered");
        verify(inbox).deliver(any(), eq("label:listing.inbox.decision"));
        verify(cases).changeStatus(argThat(found -> found.id() == CASE_ID), eq(ListingCaseStatus.AWAITING_PUBLICATION), any());
    }

    @Test
    void subjectToldOfTheProposalIsToldThatItWasDropped() {
        when(deadlines.openDeadlinesOf(CaseType.LISTING, CASE))
                .thenReturn(List.of(deadline(DeadlineKind.STATEMENT_REPLY, 33, NOW)));

        procedure.closeNotListed(CASE_ID, CloseCaseNotListed.DROPPED_AFTER_STATEMENT, true);

        ArgumentCaptor<Map<String, Object>> model = modelCaptor();
        verify(documents).issue(eq("LISTING"), eq(CASE), eq(SUBJECT), eq(DocumentKind.NOT_LISTED_NOTICE),
                model.capture(), eq(ListingProcedure.SYSTEM));
        assertThat(model.getValue())
                .containsEntry("closeReasonText", "label:listing.doc.closeReason.DROPPED_AFTER_STATEMENT");
        verify(inbox).deliver(any(), eq("label:listing.inbox.notListed"));
        verify(deadlines).cancel(33L);
        verify(cases).close(argThat(found -> found.id() == CASE_ID), eq(ListingCaseStatus.NOT_LISTED), eq(CloseCaseNotListed.DROPPED_AFTER_STATEMENT), eq(NOW));
        // the change's audit entry (from → to, with the reason) is written by the repository's StatusTransitions,
        // in the same transaction (StatusTransitionsPostgresIT)
    }

    @Test
    void subjectNeverToldOfARejectedProposalGetsNoNotice() {
        when(deadlines.openDeadlinesOf(CaseType.LISTING, CASE)).thenReturn(List.of());

        procedure.closeNotListed(CASE_ID, CloseCaseNotListed.REJECTED_AT_REVIEW, false);

        verifyNoInteractions(documents, inbox);
        InOrder order = inOrder(deadlines, cases);
        order.verify(deadlines).openDeadlinesOf(CaseType.LISTING, CASE);
        order.verify(cases).close(argThat(found -> found.id() == CASE_ID), eq(ListingCaseStatus.NOT_LISTED),
                eq(CloseCaseNotListed.REJECTED_AT_REVIEW), eq(NOW));
    }

    @Test
    void statementReceivedPutsTheCaseUnderVerification() {
        procedure.statementReceived(CASE_ID);

        verify(cases).changeStatus(argThat(found -> found.id() == CASE_ID), eq(ListingCaseStatus.STATEMENT_VERIFICATION), any());
    }

    @Test
    void unknownCaseIsNotFound() {
        when(cases.find(8)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> procedure.activate(8)).isInstanceOf(NotFoundException.class);
        verifyNoInteractions(listings, audit);
    }

    private void openDeadline(DeadlineKind kind, long id, Instant dueAt) {
        Deadline deadline = deadline(kind, id, dueAt);
        when(deadlines.openDeadline(CaseType.LISTING, CASE, kind)).thenReturn(Optional.of(deadline));
        when(deadlines.dueOf(deadline)).thenReturn(new DueDate(dueAt, dueAt.atZone(SHANGHAI).toLocalDate(), false));
    }

    private static Deadline deadline(DeadlineKind kind, long id, Instant dueAt) {
        return new Deadline(id, CaseType.LISTING, CASE, "pi-7", kind, NOW, LegalDuration.of(1, DurationUnit.YEARS),
                "seeds-default", "seed003 §二(五)", dueAt, DeadlineStatus.OPEN, null, NOW, List.of());
    }

    private static ListingCase listingCase() {
        return new ListingCase(CASE_ID, ListingCaseStatus.AWAITING_PUBLICATION, "amr", SubjectType.ENTERPRISE, SUBJECT,
                "鹤岗市示例商贸有限公司", BasisType.ADMINISTRATIVE_PENALTY, "鹤市监罚〔2026〕15号", LocalDate.of(2026, 1, 5),
                SeriousListDomain.MARKET_ORDER, Severity.SERIOUS, Severity.SERIOUS, "串通投标",
                List.of("M-PROCUREMENT-BAN"), "seeds-default", "pi-7", "amr", NOW, null, null);
    }

    private static Listing activeListing() {
        return new Listing(42, CASE_ID, SubjectType.ENTERPRISE, SUBJECT, "鹤岗市示例商贸有限公司", "amr",
                SeriousListDomain.MARKET_ORDER, Severity.SERIOUS, ListingStatus.ACTIVE, NOW, PUBLISH_UNTIL,
                REPAIRABLE_FROM, null, null, List.of("M-PROCUREMENT-BAN"));
    }

    private static CaseDocument document(Map<String, Object> model) {
        return new CaseDocument(500, "LISTING", CASE, SUBJECT, DocumentKind.LISTING_NOTICE, "title", model.toString(),
                NOW, ListingProcedure.SYSTEM);
    }

    @SuppressWarnings("unchecked")
    private static ArgumentCaptor<Map<String, Object>> modelCaptor() {
        return ArgumentCaptor.forClass(Map.class);
    }
}
