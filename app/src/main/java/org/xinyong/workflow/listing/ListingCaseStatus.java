package org.xinyong.workflow.listing;

/** Where a listing case stands (API.md {@code status} of {@code /listing-cases}). */
public enum ListingCaseStatus {
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
    /** The listing ended (expired, removed after repair, revoked). */
    ENDED;

    public boolean isOpen() {
        return this != NOT_LISTED && this != ENDED;
    }
}
