package org.xinyong.workflow.watchlist;

import java.time.Instant;
import java.util.List;

/**
 * An entry of the watch list (重点关注名单): a general (较重) record of the subject, from {@code since} to
 * {@code until} with the measures seed003 §二(四)2 names for general records (API.md {@code GET /watch-list}).
 */
public record WatchListEntry(long id, long recordId, String subjectType, String subjectCode, String subjectName,
                             String departmentCode, Instant since, Instant until, List<String> measures,
                             Instant removedAt, String removalReason) {

    public WatchListEntry {
        measures = List.copyOf(measures);
    }

    /** {@code ACTIVE} until its end, {@code EXPIRED} after it, {@code REMOVED} when taken off early (repair). */
    public String statusAt(Instant now) {
        if (removedAt != null) {
            return "REMOVED";
        }
        return now.isBefore(until) ? "ACTIVE" : "EXPIRED";
    }
}
