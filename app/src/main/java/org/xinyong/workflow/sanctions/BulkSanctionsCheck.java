package org.xinyong.workflow.sanctions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyong.workflow.watchlist.WatchLists;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditEvent;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.errors.InvalidFieldException;
import org.xinyong.workflow.listing.Listing;
import org.xinyong.workflow.listing.ListingRepository;
import org.xinyong.workflow.listing.ListingStatus;
import org.xinyong.workflow.validation.SubjectCodeChecker;
import org.xinyong.workflow.validation.SubjectType;

/**
 * The matter-specific bulk check (issue 16; API.md {@code POST /sanctions/checks}): an approving department's system
 * compares every applicant of a matter at once and intercepts (自动比对、自动拦截, seed000 §五(四), seed001 §四11,
 * seed004 §三(三)4). Per code it answers, like {@link SanctionsCheck}, whether a listing is in force and suspended by an
 * objection (seed000 §五(五)), and of the measures to apply now only those restricting the matter
 * ({@link MatterCatalogue}). A code that fails validation is answered {@code valid: false}, never "not listed" alone.
 * Every code is logged with who, when, the matter and the purpose (seed001 §四 12), in one batch.
 */
@Service
public class BulkSanctionsCheck {

    public record Result(String checkId, List<CodeResult> results) {
    }

    /** {@code redListed} and {@code incentives} stay false / empty until the red list exists (issue 15). */
    public record CodeResult(String subjectCode, boolean valid, boolean listed, boolean suspended, boolean watchList,
                             boolean redListed, List<String> measures, List<String> incentives) {
    }

    /** Codes per listing query: an IN list well within every driver's parameter limit. */
    static final int LOOKUP_CHUNK = 500;

    private final ListingRepository listings;
    private final MatterCatalogue matters;
    private final SubjectCodeChecker codes;
    private final AuditLog audit;
    private final SanctionsProperties properties;
    private final MeterRegistry meters;

    private final WatchLists watchLists;

    public BulkSanctionsCheck(ListingRepository listings, MatterCatalogue matters, SubjectCodeChecker codes,
                              AuditLog audit, SanctionsProperties properties, MeterRegistry meters,
                              WatchLists watchLists) {
        this.listings = listings;
        this.matters = matters;
        this.codes = codes;
        this.audit = audit;
        this.properties = properties;
        this.meters = meters;
        this.watchLists = watchLists;
    }

    /** @throws InvalidFieldException (400) for no codes, more than {@code xinyong.sanctions.bulk-max-codes}, an unknown matter */
    @Transactional
    public Result check(List<String> subjectCodes, String matterCode, String purpose) {
        int count = subjectCodes == null ? 0 : subjectCodes.size();
        if (count < 1 || count > properties.bulkMaxCodes()) {
            throw new InvalidFieldException("subjectCodes", "sanctions.checks.count", properties.bulkMaxCodes(), count);
        }
        Matter matter = matters.find(matterCode)
                .orElseThrow(() -> new InvalidFieldException("matter", "sanctions.checks.matter", matterCode));
        Set<String> restricting = Set.copyOf(matter.measures());
        String checkId = UUID.randomUUID().toString();
        String why = purpose == null || purpose.isBlank() ? null : purpose.trim();
        List<String> normalised = subjectCodes.stream()
                .map(given -> given == null ? "" : given.trim().toUpperCase(Locale.ROOT)).toList();
        Map<String, List<Listing>> inForce = inForceOf(normalised);
        Set<String> watched = watchedAmong(normalised);
        List<CodeResult> results = new ArrayList<>(count);
        List<AuditEvent> logged = new ArrayList<>(count);
        for (String code : normalised) {
            CodeResult result = checkOne(code, inForce.getOrDefault(code, List.of()), restricting, watched.contains(code));
            results.add(result);
            logged.add(new AuditEvent(AuditAction.SANCTIONS_QUERIED.name(), code, "sanctions-check:" + checkId,
                    "bulk check, matter=" + matter.code() + ", valid=" + result.valid() + ", listed=" + result.listed()
                            + ", suspended=" + result.suspended() + ", measures=" + result.measures(), why));
        }
        audit.recordAll(logged);
        return new Result(checkId, results);
    }

    /** The listings in force of the valid codes, looked up {@value #LOOKUP_CHUNK} codes per query. */
    private Map<String, List<Listing>> inForceOf(List<String> subjectCodes) {
        List<String> valid = subjectCodes.stream().filter(this::isValid).distinct().toList();
        Map<String, List<Listing>> bySubject = new HashMap<>();
        for (int from = 0; from < valid.size(); from += LOOKUP_CHUNK) {
            listings.inForceForAll(valid.subList(from, Math.min(valid.size(), from + LOOKUP_CHUNK)))
                    .forEach(listing -> bySubject.computeIfAbsent(listing.subjectCode(), code -> new ArrayList<>())
                            .add(listing));
        }
        return bySubject;
    }

    /** The valid codes on the watch list now (seed003 §二(四)2), {@value #LOOKUP_CHUNK} codes per query. */
    private Set<String> watchedAmong(List<String> subjectCodes) {
        List<String> valid = subjectCodes.stream().filter(this::isValid).distinct().toList();
        Set<String> watched = new java.util.HashSet<>();
        for (int from = 0; from < valid.size(); from += LOOKUP_CHUNK) {
            watched.addAll(watchLists.onWatchListAmong(valid.subList(from, Math.min(valid.size(), from + LOOKUP_CHUNK))));
        }
        return watched;
    }

    private boolean isValid(String code) {
        return codes.isValid(SubjectType.ENTERPRISE, code) || codes.isValid(SubjectType.INDIVIDUAL, code);
    }

    private CodeResult checkOne(String code, List<Listing> inForce, Set<String> restricting, boolean watchList) {
        if (!isValid(code)) {
            count("invalid");
            return new CodeResult(code, false, false, false, false, false, List.of(), List.of());
        }
        boolean listed = !inForce.isEmpty();
        boolean suspended = listed && inForce.stream().noneMatch(l -> l.status() == ListingStatus.ACTIVE);
        List<String> measures = inForce.stream().filter(l -> l.status() == ListingStatus.ACTIVE)
                .flatMap(l -> l.measures().stream()).filter(restricting::contains).distinct().sorted().toList();
        count(!listed ? "not_listed" : suspended ? "suspended" : "listed");
        return new CodeResult(code, true, listed, suspended, watchList, false, measures, List.of());
    }

    /** The same counter as the single check ({@link SanctionsCheck#CHECKS}), one per code. */
    private void count(String result) {
        meters.counter(SanctionsCheck.CHECKS, "result", result).increment();
    }
}
