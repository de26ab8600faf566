package org.xinyong.workflow.listing;

import java.time.Instant;
import java.util.List;

import org.xinyong.workflow.rules.Severity;
import org.xinyong.workflow.validation.SubjectType;

/** A published entry on the serious-dishonesty list; its measures apply while it is in force. */
public record Listing(
        long id,
        long caseId,
        SubjectType subjectType,
        String subjectCode,
        String subjectName,
        String departmentCode,
        SeriousListDomain domain,
        Severity severity,
        ListingStatus status,
        Instant listedAt,
        Instant publishUntil,
        Instant repairableFrom,
        Instant endedAt,
        String endReason,
        List<String> measures) {

    public Listing {
        measures = List.copyOf(measures);
    }
}
