package org.xinyong.workflow.publication;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.xinyong.workflow.validation.Paging;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.listing.Listing;
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

    private final ListingRepository listings;
    private final BusinessClock clock;

    public PublicList(ListingRepository listings, BusinessClock clock) {
        this.listings = listings;
        this.clock = clock;
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
