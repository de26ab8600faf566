package org.xinyong.workflow.sanctions;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import io.micrometer.core.instrument.MeterRegistry;
import org.xinyong.workflow.watchlist.WatchLists;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.errors.InvalidRequestException;
import org.xinyong.workflow.validation.SubjectCodeChecker;
import org.xinyong.workflow.validation.SubjectType;
import org.xinyong.workflow.listing.Listing;
import org.xinyong.workflow.listing.ListingRepository;
import org.xinyong.workflow.listing.ListingStatus;

/**
 * Whether a subject is under joint sanctions right now (自动比对、自动拦截, seed000 §五(四)). Measures apply only while a
 * listing is ACTIVE: during an objection's verification they are suspended (seed000 §五(五)). Every query is logged
 * with who asked and why (seed001 §四 12).
 */
@Service
public class SanctionsCheck {

    /**
     * @param suspended every listing in force is suspended by an objection under verification
     * @param measures  the measures to apply now: those of the ACTIVE listings
     * @param listings  each listing in force with its own status, for callers that handle them one by one
     */
    public record Answer(String subjectCode, boolean listed, boolean suspended, List<String> measures,
                         List<ListingInForce> listings, boolean watchList) {
    }

    public record ListingInForce(long listingId, ListingStatus status, List<String> measures) {
    }

    static final String CHECKS = "xinyong.sanctions.checks";

    private final ListingRepository listings;
    private final AuditLog audit;
    private final SubjectCodeChecker codes;
    private final MeterRegistry meters;
    private final WatchLists watchLists;

    public SanctionsCheck(ListingRepository listings, AuditLog audit, SubjectCodeChecker codes, MeterRegistry meters,
                          WatchLists watchLists) {
        this.listings = listings;
        this.audit = audit;
        this.codes = codes;
        this.meters = meters;
        this.watchLists = watchLists;
    }

    /**
     * @throws InvalidRequestException (400) for a code that is neither a valid unified social credit code (GB 32100)
     *                                 nor a valid resident ID number (GB 11643): a mistyped code must never read as
     *                                 "not listed" (API.md {@code GET /sanctions/{subjectCode}}, issue 18.5)
     */
    @Transactional
    public Answer check(String subjectCode, String purpose) {
        if (!codes.isValid(SubjectType.ENTERPRISE, subjectCode) && !codes.isValid(SubjectType.INDIVIDUAL, subjectCode)) {
            count("invalid");
            throw new InvalidRequestException("sanctions.subjectCode.invalid", subjectCode);
        }
        List<Listing> inForce = listings.inForceFor(subjectCode);
        boolean listed = !inForce.isEmpty();
        boolean suspended = listed && inForce.stream().noneMatch(l -> l.status() == ListingStatus.ACTIVE);
        List<String> measures = inForce.stream().filter(l -> l.status() == ListingStatus.ACTIVE)
                .flatMap(l -> l.measures().stream()).distinct().sorted().toList();
        // API.md watchList: a general record's entry (seed003 §二(四)2) is no serious listing and no joint sanction
        boolean watchList = watchLists.isOnWatchList(subjectCode);
        count(!listed ? "not_listed" : suspended ? "suspended" : "listed");
        audit.record(AuditAction.SANCTIONS_QUERIED, subjectCode, null,
                "listed=" + listed + ", suspended=" + suspended + ", measures=" + measures.size()
                        + ", watchList=" + watchList,
                purpose == null || purpose.isBlank() ? null : purpose.trim());
        return new Answer(subjectCode, listed, suspended, measures,
                inForce.stream().map(l -> new ListingInForce(l.id(), l.status(), l.measures())).toList(), watchList);
    }

    /**
     * Issue 18.12: {@code xinyong_sanctions_checks_total}, the checks served, by result: {@code listed},
     * {@code suspended} (listed, measures paused by an objection), {@code not_listed}, {@code invalid} (400).
     */
    private void count(String result) {
        meters.counter(CHECKS, "result", result).increment();
    }
}
