package org.xinyong.workflow.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.xinyong.workflow.validation.Paging;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.listing.Listing;
import org.xinyong.workflow.listing.ListingCaseRepository;
import org.xinyong.workflow.listing.ListingRepository;
import org.xinyong.workflow.listing.ListingStatus;
import org.xinyong.workflow.validation.SubjectType;

/** The public serious-dishonesty list (公示): listings in force, people masked. */
@Service
public class PublicList {

    /**
     * One public entry. {@code underObjection}: an objection is being verified and the sanctions are suspended
     * (seed000 §五(五); DOMAIN Lifecycle B.3).
     */
    public record Entry(long listingId, String subjectType, String subjectName, String subjectCode,
                        String departmentCode, String domain, String severity, LocalDate listedOn,
                        LocalDate publishUntil, boolean underObjection) {
    }

    /**
     * A published correction (更正公告): the listing was revoked after an objection found the information wrong, and
     * the correction restores the subject's reputation where the entry was published (seed000 §五(五)).
     */
    public record Correction(long listingId, String subjectType, String subjectName, String subjectCode,
                             String departmentCode, LocalDate listedOn, LocalDate revokedOn) {
    }

    /**
     * One public entry in full (issue 19.10): the entry, the legal basis it rests on (published as 双公示 publishes
     * penalty decisions, seed004 §三(三)3), its measures, and whether its record was corrected after an objection.
     */
    public record Detail(Entry entry, String basisType, String basisNumber, LocalDate basisDate,
                         List<String> measures, LocalDate correctedOn) {
    }

    private final ListingRepository listings;
    private final ListingCaseRepository cases;
    private final BusinessClock clock;

    /**
     * A published general record (较重失信行为, seed003 §二(四)2 进行适当范围的公示): on the watch list, not the serious
     * list; people masked as on the list.
     */
    public record GeneralRecord(long entryId, String subjectType, String subjectName, String subjectCode,
                                String departmentCode, LocalDate since, LocalDate publishLastDay) {
    }

    /** The general records published now, newest first (the public page shows them beside the serious list). */
    public List<GeneralRecord> generalRecords(String query, int page, int size) {
        return watchLists.published(query, page, size).stream().map(published -> {
            var entry = published.entry();
            boolean person = SubjectType.INDIVIDUAL.name().equals(entry.subjectType());
            return new GeneralRecord(entry.id(), entry.subjectType(),
                    person ? Masking.name(entry.subjectName()) : entry.subjectName(),
                    person ? Masking.idNumber(entry.subjectCode()) : entry.subjectCode(), entry.departmentCode(),
                    entry.since().atZone(clock.zone()).toLocalDate(),
                    published.publishUntil().atZone(clock.zone()).toLocalDate().minusDays(1));
        }).toList();
    }

    private final org.xinyong.workflow.watchlist.WatchLists watchLists;

    public PublicList(ListingRepository listings, ListingCaseRepository cases, BusinessClock clock,
                      org.xinyong.workflow.watchlist.WatchLists watchLists) {
        this.watchLists = watchLists;
        this.listings = listings;
        this.cases = cases;
        this.clock = clock;
    }

    /** The entry of a listing on the public list (in force: active or under objection); empty for any other. */
    public Optional<Detail> detail(long listingId) {
        return listings.find(listingId)
                .filter(listing -> listing.status() == ListingStatus.ACTIVE || listing.status() == ListingStatus.SUSPENDED)
                .flatMap(listing -> cases.find(listing.caseId()).map(record -> new Detail(entry(listing),
                        record.basisType().name(), record.basisNumber(), record.basisDate(), listing.measures(),
                        cases.correctionsOf(record.id()).stream().reduce((first, later) -> later)
                                .map(correction -> correction.correctedAt().atZone(clock.zone()).toLocalDate())
                                .orElse(null))));
    }

    public List<Entry> search(String query, int page, int size) {
        return listings.publicList(query, size, Paging.offset(page, size)).stream().map(this::entry).toList();
    }

    public List<Correction> corrections(int page, int size) {
        return listings.publicCorrections(clock.now(), size, Paging.offset(page, size)).stream()
                .map(this::correction).toList();
    }

    private Correction correction(Listing listing) {
        boolean person = listing.subjectType() == SubjectType.INDIVIDUAL;
        return new Correction(listing.id(), listing.subjectType().name(),
                person ? Masking.name(listing.subjectName()) : listing.subjectName(),
                person ? Masking.idNumber(listing.subjectCode()) : listing.subjectCode(),
                listing.departmentCode(), listing.listedAt().atZone(clock.zone()).toLocalDate(),
                listing.endedAt().atZone(clock.zone()).toLocalDate());
    }

    private Entry entry(Listing listing) {
        boolean person = listing.subjectType() == SubjectType.INDIVIDUAL;
        return new Entry(listing.id(), listing.subjectType().name(),
                person ? Masking.name(listing.subjectName()) : listing.subjectName(),
                person ? Masking.idNumber(listing.subjectCode()) : listing.subjectCode(),
                listing.departmentCode(), listing.domain().name(), listing.severity().name(),
                listing.listedAt().atZone(clock.zone()).toLocalDate(),
                listing.publishUntil().atZone(clock.zone()).toLocalDate().minusDays(1),
                listing.status() == ListingStatus.SUSPENDED);
    }
}
