package org.xinyong.workflow.listing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.errors.ConflictException;
import org.xinyong.workflow.errors.InvalidRequestException;
import org.xinyong.workflow.errors.NotFoundException;
import org.xinyong.workflow.reference.MeasureCatalogue;
import org.xinyong.workflow.rules.Severity;

/**
 * Correcting a record found wrong on an objection (issue 13 item 1; seed000 §五(五) "对错误信息进行及时更正或撤销";
 * seed004 §三(三)7 "错误的…予以更正", a wrong severity grade included): the verifying department gives the corrected
 * facts, severity and measures; the record, its measures and the listing's public entry change in one transaction
 * with the previous values kept ({@code listing_correction}) and audited. The caller decides what follows from
 * {@link RecordCorrection#stillSerious()}: sanctions resume on the corrected record, or the listing is revoked.
 */
@Service
public class ListingCorrections {

    /** The facts column of {@code listing_case}. */
    static final int MAX_FACTS = 4000;

    private final ListingCaseRepository cases;
    private final MeasureCatalogue measures;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    public ListingCorrections(ListingCaseRepository cases, MeasureCatalogue measures, AuditLog audit,
                              BusinessClock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.cases = cases;
        this.measures = measures;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * @param facts    the corrected facts, or blank to keep them
     * @param severity {@code MINOR}, {@code GENERAL} or {@code SERIOUS}, or blank to keep it
     * @param measures the corrected measure codes, comma-separated, or blank to keep them
     * @throws InvalidRequestException (400) for a bad value or a correction that changes nothing
     */
    @Transactional
    public RecordCorrection correct(long caseId, Long objectionId, String facts, String severity, String measures,
                                    String reason, String actor) {
        ListingCase record = cases.findForUpdate(caseId)
                .orElseThrow(() -> new NotFoundException("listing.case.notFound", caseId));
        if (record.status() != ListingCaseStatus.LISTED) {
            throw new ConflictException("listing.correction.notListed", caseId);
        }
        String newFacts = isBlank(facts) ? record.facts() : facts.trim();
        if (newFacts.length() > MAX_FACTS) {
            throw new InvalidRequestException("listing.correction.factsTooLong", MAX_FACTS);
        }
        Severity newSeverity = record.severity();
        if (!isBlank(severity)) {
            try {
                newSeverity = Severity.valueOf(severity.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException notASeverity) {
                throw new InvalidRequestException("listing.correction.severity", severity);
            }
        }
        List<String> newMeasures = isBlank(measures) ? record.measures()
                : ListingMeasureRules.check(this.measures, record.domain(), Arrays.asList(measures.split(",")));
        boolean changed = !newFacts.equals(record.facts()) || newSeverity != record.severity()
                || !List.copyOf(newMeasures).stream().sorted().toList()
                        .equals(record.measures().stream().sorted().toList());
        if (!changed) {
            throw new InvalidRequestException("listing.correction.nothingChanged");
        }
        RecordCorrection correction = new RecordCorrection(0, caseId, objectionId, record.facts(), record.severity(),
                record.measures(), newFacts, newSeverity, newMeasures, reason == null ? "" : reason.trim(), actor,
                clock.now());
        long id = cases.correct(correction);
        audit.record(AuditAction.RECORD_CORRECTED, record.subjectCode(), ListingCase.businessKey(caseId),
                "severity " + record.severity() + " -> " + newSeverity + "; measures " + record.measures() + " -> "
                        + newMeasures + (newFacts.equals(record.facts()) ? "" : "; facts corrected")
                        + (objectionId == null ? "" : "; objection " + objectionId), null);
        RecordCorrection corrected = new RecordCorrection(id, caseId, objectionId, correction.previousFacts(),
                correction.previousSeverity(), correction.previousMeasures(), newFacts, newSeverity, newMeasures,
                correction.reason(), actor, correction.correctedAt());
        events.publishEvent(ListingChanged.corrected(record.subjectCode(), corrected));
        return corrected;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
