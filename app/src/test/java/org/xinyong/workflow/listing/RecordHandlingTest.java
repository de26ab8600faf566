package org.xinyong.workflow.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinyong.workflow.listing.RecordViews.handlingOf;

import org.junit.jupiter.api.Test;
import org.xinyong.workflow.listing.RecordViews.Handling;
import org.xinyong.workflow.rules.Severity;

/** API.md {@code handling} of a record: graded by its assessed severity (seed003 §二(四)1-3). */
class RecordHandlingTest {

    @Test
    void recordUnderReviewIsPendingWhateverItsSeverity() {
        for (Severity severity : Severity.values()) {
            assertThat(handlingOf(ListingCaseStatus.UNDER_REVIEW, null, severity, false))
                    .isEqualTo(Handling.PENDING_REVIEW);
        }
    }

    @Test
    void findingTheHeadReturnedIsRejectedButOneDroppedAfterTheStatementWasOnTheListingTrack() {
        assertThat(handlingOf(ListingCaseStatus.NOT_LISTED, CloseCaseNotListed.REJECTED_AT_REVIEW, Severity.MINOR,
                false)).isEqualTo(Handling.REJECTED);
        assertThat(handlingOf(ListingCaseStatus.NOT_LISTED, "DROPPED_AFTER_STATEMENT", Severity.SERIOUS, false))
                .isEqualTo(Handling.LISTING);
    }

    @Test
    void minorIsAReminderOrAnInterviewGeneralTheWatchListOnlySeriousAListing() {
        assertThat(handlingOf(ListingCaseStatus.FOLLOW_UP, null, Severity.MINOR, false)).isEqualTo(Handling.REMINDER);
        assertThat(handlingOf(ListingCaseStatus.FOLLOW_UP, null, Severity.MINOR, true)).isEqualTo(Handling.INTERVIEW);
        assertThat(handlingOf(ListingCaseStatus.GRADED, "RAISED_TO_GENERAL", Severity.GENERAL, true))
                .isEqualTo(Handling.WATCH_LIST);
        assertThat(handlingOf(ListingCaseStatus.LISTED, null, Severity.SERIOUS, false)).isEqualTo(Handling.LISTING);
    }
}
