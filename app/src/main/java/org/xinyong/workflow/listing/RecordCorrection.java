package org.xinyong.workflow.listing;

import java.time.Instant;
import java.util.List;

import org.xinyong.workflow.rules.Severity;

/**
 * One correction of a record after an objection, with the values before and after (table {@code listing_correction}).
 *
 * @param stillSerious whether the corrected record still belongs on the serious list; when not, the listing is
 *                     revoked and the record handled as its new severity requires
 */
public record RecordCorrection(long id, long caseId, Long objectionId, String previousFacts, Severity previousSeverity,
                               List<String> previousMeasures, String facts, Severity severity, List<String> measures,
                               String reason, String correctedBy, Instant correctedAt) {

    public RecordCorrection {
        previousMeasures = List.copyOf(previousMeasures);
        measures = List.copyOf(measures);
    }

    public boolean stillSerious() {
        return severity == Severity.SERIOUS;
    }
}
