package org.xinyong.workflow.listing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change of a listing that other systems must learn of (issue 16 "Event feed"; seed000 §三 归集, seed001 §四15
 * "停止共享…标注", seed004 §三(三)2-4): published, suspended, resumed, corrected, revoked, removed after repair,
 * expired. Published synchronously in the transaction of the change, so a listener that writes it down (the exchange
 * outbox) commits or rolls back with it. The listing package knows nothing of its listeners.
 *
 * @param type        the event type of API.md {@code GET /events}, e.g. {@code listing.published}
 * @param listingId   the listing, or null where the change concerns the case's record only (a correction)
 * @param subjectCode the listed subject
 * @param data        what changed, as plain values (strings, numbers, lists)
 */
public record ListingChanged(String type, long caseId, Long listingId, String subjectCode, Map<String, Object> data) {

    public static final String PUBLISHED = "listing.published";
    public static final String SUSPENDED = "listing.suspended";
    public static final String RESUMED = "listing.resumed";
    public static final String CORRECTED = "listing.corrected";
    public static final String REVOKED = "listing.revoked";
    public static final String REMOVED = "listing.removed";
    public static final String EXPIRED = "listing.expired";

    public ListingChanged {
        data = Map.copyOf(data);
    }

    /** The listing as it is now: published, or suspended / resumed to {@code status}. */
    static ListingChanged of(String type, Listing listing, ListingStatus status) {
        Map<String, Object> data = describe(listing);
        data.put("status", status.name());
        return new ListingChanged(type, listing.caseId(), listing.id(), listing.subjectCode(), data);
    }

    static ListingChanged statusChanged(Listing listing, ListingStatus to) {
        return of(to == ListingStatus.SUSPENDED ? SUSPENDED : RESUMED, listing, to);
    }

    /** The listing ended: revoked (objection upheld), removed after repair, or removed on expiry. */
    static ListingChanged ended(Listing listing, ListingStatus status, String reason, Instant endedAt) {
        String type = status == ListingStatus.REVOKED ? REVOKED : "EXPIRED".equals(reason) ? EXPIRED : REMOVED;
        ListingChanged changed = of(type, listing, status);
        Map<String, Object> data = new LinkedHashMap<>(changed.data());
        data.put("endReason", reason);
        data.put("endedAt", endedAt.toString());
        return new ListingChanged(type, listing.caseId(), listing.id(), listing.subjectCode(), data);
    }

    static ListingChanged corrected(String subjectCode, RecordCorrection correction) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", correction.caseId());
        data.put("correctionId", correction.id());
        data.put("severity", correction.severity().name());
        data.put("measures", correction.measures());
        data.put("previousSeverity", correction.previousSeverity().name());
        data.put("previousMeasures", correction.previousMeasures());
        data.put("factsCorrected", !correction.facts().equals(correction.previousFacts()));
        data.put("correctedAt", correction.correctedAt().toString());
        return new ListingChanged(CORRECTED, correction.caseId(), null, subjectCode, data);
    }

    private static Map<String, Object> describe(Listing listing) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("listingId", listing.id());
        data.put("caseId", listing.caseId());
        data.put("subjectType", listing.subjectType().name());
        data.put("subjectName", listing.subjectName());
        data.put("departmentCode", listing.departmentCode());
        data.put("domain", listing.domain().name());
        data.put("severity", listing.severity().name());
        data.put("measures", listing.measures());
        data.put("listedAt", String.valueOf(listing.listedAt()));
        data.put("publishUntil", String.valueOf(listing.publishUntil()));
        data.put("repairableFrom", String.valueOf(listing.repairableFrom()));
        return data;
    }
}
