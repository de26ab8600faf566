package org.xinyong.workflow.listing;

import java.util.List;

import org.xinyong.workflow.errors.InvalidRequestException;
import org.xinyong.workflow.reference.MeasureCatalogue;
import org.xinyong.workflow.reference.MeasureDomain;

/**
 * Which measures a department may attach to a record of a domain, for recording and for correcting it alike (one rule
 * in one place): an active measure of the catalogue that applies to the domain and that a department may impose, not
 * a court-only one (seed000 §五(四), seed001 §四 9-10).
 */
final class ListingMeasureRules {

    private ListingMeasureRules() {
    }

    /** @return the codes, without repeats, in the order given; 400 naming the first code that may not be attached */
    static List<String> check(MeasureCatalogue measures, SeriousListDomain domain, List<String> codes) {
        List<String> distinct = codes.stream().filter(java.util.Objects::nonNull).map(String::trim).filter(code -> !code.isEmpty()).distinct().toList();
        for (String code : distinct) {
            var measure = measures.findActive(code)
                    .filter(found -> found.appliesTo(MeasureDomain.valueOf(domain.name())))
                    .orElseThrow(() -> new InvalidRequestException("listing.refused.measure", code));
            if (!measure.mayBeImposedByADepartment()) {
                throw new InvalidRequestException("listing.refused.measureCourtOnly", code, measure.legalBasis());
            }
        }
        return distinct;
    }
}
