package org.xinyong.workflow.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xinyong.workflow.rules.Severity;
import org.xinyong.workflow.validation.SubjectType;

/** The event types of the listing changes (API.md {@code GET /events}): which end is a revocation, removal or expiry. */
class ListingChangedTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private final Listing listing = new Listing(42, 7, SubjectType.ENTERPRISE, "91230400MA19XY0035", "示例企业", "amr",
            SeriousListDomain.MARKET_ORDER, Severity.SERIOUS, ListingStatus.ACTIVE, NOW, NOW, NOW, null, null,
            List.of("M-PROCUREMENT-BAN"));

    @Test
    void endsAreTypedByStatusAndReason() {
        assertThat(ListingChanged.ended(listing, ListingStatus.REVOKED, "OBJECTION_UPHELD", NOW).type())
                .isEqualTo(ListingChanged.REVOKED);
        assertThat(ListingChanged.ended(listing, ListingStatus.REMOVED, "REPAIRED", NOW).type())
                .isEqualTo(ListingChanged.REMOVED);
        ListingChanged expired = ListingChanged.ended(listing, ListingStatus.REMOVED, "EXPIRED", NOW);
        assertThat(expired.type()).isEqualTo(ListingChanged.EXPIRED);
        assertThat(expired.data()).containsEntry("status", "REMOVED").containsEntry("endReason", "EXPIRED")
                .containsEntry("listingId", 42L);
    }

    @Test
    void suspensionAndResumptionCarryTheNewStatus() {
        ListingChanged suspended = ListingChanged.statusChanged(listing, ListingStatus.SUSPENDED);
        assertThat(suspended.type()).isEqualTo(ListingChanged.SUSPENDED);
        assertThat(suspended.data()).containsEntry("status", "SUSPENDED");
        assertThat(ListingChanged.statusChanged(listing, ListingStatus.ACTIVE).type())
                .isEqualTo(ListingChanged.RESUMED);
    }
}
