package org.xinyong.workflow.listing;

import java.time.Instant;
import java.util.List;

/**
 * The objections or the repairs of a listing, as {@code GET /api/v1/listings/{id}} shows them (API.md: "one listing
 * with its objections and repairs"). The objection and repair features implement it, so that listing, which they
 * build on, does not depend on them.
 */
public interface ListingProcedures {

    enum Kind { OBJECTION, REPAIR }

    /** One procedure on the listing: where to read it in full ({@code /api/v1/objections/{id}} or {@code /repairs/}). */
    record Summary(long id, String status, Instant filedAt, Instant decidedAt, String outcome) {
    }

    Kind kind();

    /** Oldest first. */
    List<Summary> of(long listingId);
}
