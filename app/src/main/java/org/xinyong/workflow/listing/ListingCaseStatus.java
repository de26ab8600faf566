package org.xinyong.workflow.listing;

import java.util.EnumSet;
import java.util.Set;

import org.xinyong.workflow.cases.CaseStatus;

/** Where a listing case stands (API.md {@code status} of {@code /listing-cases}). */
public enum ListingCaseStatus implements CaseStatus<ListingCaseStatus> {
    /** Recorded; the department head reviews. */
    UNDER_REVIEW,
    /** Notice delivered; the statement window runs. */
    NOTICE_PERIOD,
    /** The subject stated its case or objected; the department verifies. */
    STATEMENT_VERIFICATION,
    /** Decision issued; the credit office publishes. */
    AWAITING_PUBLICATION,
    /** Published: the listing is in force. */
    LISTED,
    /** Ended without a listing. */
    NOT_LISTED,
    /**
     * Identified and assessed minor: the credit reminder went out and the department follows it up (the check of the
     * rectification, an integrity interview, urging), seed003 §二(四)1. Still open; it ends {@link #GRADED}, rectified
     * or raised to general.
     */
    FOLLOW_UP,
    /**
     * Identified, but assessed minor or general: handled below the serious list by a credit reminder (seed003
     * §二(四)1-2); never listed. The record stays and counts for escalation.
     */
    GRADED,
    /** The listing ended (expired, removed after repair, revoked). */
    ENDED;

    public boolean isOpen() {
        return this != NOT_LISTED && this != GRADED && this != ENDED;
    }

    /**
     * The procedure of DOMAIN Lifecycle A: review, notice and statement window (seed001 §四8), decision, publication,
     * end; a case ends without a listing from review (rejected), the window or the verification (dropped).
     */
    @Override
    public Set<ListingCaseStatus> comesFrom() {
        return switch (this) {
            case UNDER_REVIEW -> EnumSet.noneOf(ListingCaseStatus.class);
            // a minor record raised after urging to serious (seed003 §二(一)3, §二(四)1) is noticed from its follow-up
            case NOTICE_PERIOD -> EnumSet.of(UNDER_REVIEW, FOLLOW_UP);
            case STATEMENT_VERIFICATION -> EnumSet.of(NOTICE_PERIOD);
            case AWAITING_PUBLICATION -> EnumSet.of(NOTICE_PERIOD, STATEMENT_VERIFICATION);
            case LISTED -> EnumSet.of(AWAITING_PUBLICATION);
            case NOT_LISTED -> EnumSet.of(UNDER_REVIEW, NOTICE_PERIOD, STATEMENT_VERIFICATION, AWAITING_PUBLICATION);
            case FOLLOW_UP -> EnumSet.of(UNDER_REVIEW);
            case GRADED -> EnumSet.of(UNDER_REVIEW, FOLLOW_UP);
            case ENDED -> EnumSet.of(LISTED);
        };
    }
}
