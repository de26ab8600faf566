package org.xinyong.workflow.exchange;

import java.util.Set;

import org.xinyong.workflow.listing.ListingChanged;

/**
 * The event types of API.md {@code GET /events} ("Added 2026-12-03"); subscriptions name some of them. The listing
 * ones are written today; the watch-list, red-list and commitment ones once those lifecycles exist.
 */
final class EventTypes {

    static final Set<String> KNOWN = Set.of(
            ListingChanged.PUBLISHED, ListingChanged.SUSPENDED, ListingChanged.RESUMED, ListingChanged.CORRECTED,
            ListingChanged.REVOKED, ListingChanged.REMOVED, ListingChanged.EXPIRED,
            "watchlist.entered", "watchlist.exited", "redlist.confirmed", "redlist.revoked", "commitment.broken");

    private EventTypes() {
    }
}
