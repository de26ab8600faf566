package org.xinyong.workflow.listing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/**
 * Each delegate of processes/listing-identification.bpmn calls its one step of {@link ListingProcedure} with the case
 * id that {@link ListingCases} put in the process variable {@code caseId} (a string).
 */
class ListingProcessDelegateTest {

    private static final long CASE_ID = 4711;

    private final ListingProcedure procedure = mock(ListingProcedure.class);
    private final DelegateExecution execution = execution(String.valueOf(CASE_ID));

    @Test
    void deliverListingNoticeDeliversTheNoticeOfTheCase() {
        new DeliverListingNotice(procedure).execute(execution);

        verify(procedure).deliverNotice(CASE_ID);
        verifyNoMoreInteractions(procedure);
    }

    @Test
    void issueListingDecisionSaysNoStatementWasFiledWhenTheWindowClosedInSilence() {
        when(execution.hasVariable("verifyStatementOutcome")).thenReturn(false);
        when(procedure.issueDecision(CASE_ID, false)).thenReturn(decisionIssuedAt(DECIDED_AT));

        new IssueListingDecision(procedure).execute(execution);

        verify(procedure).issueDecision(CASE_ID, false);
        verifyNoMoreInteractions(procedure);
    }

    @Test
    void issueListingDecisionSaysTheStatementWasConsideredAfterVerification() {
        when(execution.hasVariable("verifyStatementOutcome")).thenReturn(true);
        when(procedure.issueDecision(CASE_ID, true)).thenReturn(decisionIssuedAt(DECIDED_AT));

        new IssueListingDecision(procedure).execute(execution);

        verify(procedure).issueDecision(CASE_ID, true);
    }

    /** The publication periods count from the decision's date (认定决定作出之日): the process keeps it. */
    @Test
    void issueListingDecisionKeepsTheDecisionDateForThePublicationPeriods() {
        when(procedure.issueDecision(CASE_ID, false)).thenReturn(decisionIssuedAt(DECIDED_AT));

        new IssueListingDecision(procedure).execute(execution);

        verify(execution).setVariable("decisionIssuedAt", java.util.Date.from(DECIDED_AT));
    }

    private static final java.time.Instant DECIDED_AT = java.time.Instant.parse("2026-03-02T02:00:00Z");

    private static org.xinyong.workflow.documents.CaseDocument decisionIssuedAt(java.time.Instant at) {
        return new org.xinyong.workflow.documents.CaseDocument(1, "LISTING", String.valueOf(CASE_ID), "S",
                org.xinyong.workflow.documents.DocumentKind.LISTING_DECISION, "认定决定书", "<p></p>", at, "amr");
    }

    @Test
    void activateListingPublishesTheListingAndKeepsItsIdInTheProcess() {
        when(procedure.activate(CASE_ID)).thenReturn(99L);

        new ActivateListing(procedure).execute(execution);

        verify(procedure).activate(CASE_ID);
        verify(execution).setVariable("listingId", 99L);
    }

    @Test
    void removeListingOnExpiryEndsTheListingAsExpired() {
        new RemoveListingOnExpiry(procedure).execute(execution);

        verify(procedure).removeOnExpiry(CASE_ID);
        verifyNoMoreInteractions(procedure);
    }

    @Test
    void removeListingAfterRepairEndsTheListingAsRepaired() {
        new RemoveListingAfterRepair(procedure).execute(execution);

        verify(procedure).removeAfterRepair(CASE_ID);
        verifyNoMoreInteractions(procedure);
    }

    @Test
    void revokeListingRevokesTheListing() {
        new RevokeListing(procedure).execute(execution);

        verify(procedure).revoke(CASE_ID);
        verifyNoMoreInteractions(procedure);
    }

    @Test
    void headRejectionClosesTheCaseWithoutTellingTheSubject() {
        when(execution.getVariable("verifyStatementOutcome")).thenReturn(null);

        new CloseCaseNotListed(procedure).execute(execution);

        verify(procedure).closeNotListed(CASE_ID, CloseCaseNotListed.REJECTED_AT_REVIEW, false);
        verifyNoMoreInteractions(procedure);
    }

    @Test
    void droppedStatementClosesTheCaseAndTellsTheSubject() {
        when(execution.getVariable("verifyStatementOutcome")).thenReturn("drop");

        new CloseCaseNotListed(procedure).execute(execution);

        verify(procedure).closeNotListed(CASE_ID, CloseCaseNotListed.DROPPED_AFTER_STATEMENT, true);
        verifyNoMoreInteractions(procedure);
    }

    @Test
    void aStatementThatProceededIsNotADrop() {
        // only "drop" leads here in the BPMN; any other value must not be mistaken for it
        when(execution.getVariable("verifyStatementOutcome")).thenReturn("proceed");

        new CloseCaseNotListed(procedure).execute(execution);

        verify(procedure).closeNotListed(CASE_ID, CloseCaseNotListed.REJECTED_AT_REVIEW, false);
    }

    @Test
    void delegateWithoutCaseIdFailsWithoutTouchingAnyCase() {
        DelegateExecution withoutCase = execution(null);

        assertThatThrownBy(() -> new ActivateListing(procedure).execute(withoutCase))
                .isInstanceOf(NumberFormatException.class);
        verifyNoInteractions(procedure);
    }

    private static DelegateExecution execution(String caseId) {
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getVariable("caseId")).thenReturn(caseId);
        return execution;
    }
}
