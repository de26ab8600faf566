package org.xinyong.workflow.listing.web;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.listing.ListingCase;
import org.xinyong.workflow.listing.ListingCaseRepository;
import org.xinyong.workflow.work.web.TaskRows;

/**
 * The listing case that an objection or a repair concerns, as their pages link to it. The caller has checked that the
 * user may see the objection or repair, and so the listing case it concerns.
 */
@Component
public class ListingRefs {

    /** The listing case an objection or repair concerns, with its page. */
    public record ListingRef(long caseId, String caseRef, String subjectName, String subjectCode, String link) {
    }

    private final ListingCaseRepository listingCases;

    public ListingRefs(ListingCaseRepository listingCases) {
        this.listingCases = listingCases;
    }

    public ListingRef of(long listingCaseId) {
        ListingCase listingCase = listingCases.find(listingCaseId).orElse(null);
        return new ListingRef(listingCaseId, ListingCase.businessKey(listingCaseId),
                listingCase == null ? null : listingCase.subjectName(),
                listingCase == null ? null : listingCase.subjectCode(),
                TaskRows.casePage(CaseType.LISTING, String.valueOf(listingCaseId)));
    }
}
