package org.xinyong.workflow.repair.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.deadline.DeadlineService;
import org.xinyong.workflow.documents.CaseDocuments;
import org.xinyong.workflow.documents.DocumentKind;
import org.xinyong.workflow.listing.Listing;
import org.xinyong.workflow.listing.ListingStatus;
import org.xinyong.workflow.listing.SeriousListDomain;
import org.xinyong.workflow.reference.Departments;
import org.xinyong.workflow.repair.Repair;
import org.xinyong.workflow.repair.RepairEligibility;
import org.xinyong.workflow.repair.RepairRepository;
import org.xinyong.workflow.repair.RepairStatus;
import org.xinyong.workflow.repair.Repairs;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.uploads.UploadedFiles;

/**
 * What the portal's credit-repair pages show (DOMAIN Lifecycle C): the wizard of one of the subject's listings
 * (eligibility first, then the materials) and the status of one of its repairs (deadlines, progress, documents).
 * Everything is read through {@link Repairs}, which lets an enterprise see only its own listings and repairs.
 */
@Component
public class PortalRepairPages {

    /**
     * @param repairPossibleFrom   first day a repair application is possible
     * @param minimumPeriodLastDay last day of the minimum publication period
     */
    public record ListingFacts(long id, ListingStatus status, SeriousListDomain domain, String departmentName,
                               LocalDate listedOn, LocalDate publishLastDay, LocalDate repairPossibleFrom,
                               LocalDate minimumPeriodLastDay) {
    }

    public record RepairRow(long id, RepairStatus status, LocalDateTime appliedAt) {
    }

    /** @param reason why the subject may not apply now, in its language; {@code null} when it may */
    public record Wizard(ListingFacts listing, RepairEligibility eligibility, String reason, List<RepairRow> repairs) {
    }

    public record DeadlineRow(String kind, LocalDate lastDay, boolean overdue, boolean paused, String status) {
    }

    public record FileRow(String material, String filename, long sizeBytes) {
    }

    public record ProgressRow(String text, LocalDateTime reportedAt) {
    }

    public record DocumentRow(long id, DocumentKind kind, String title, LocalDate issuedOn) {

        /** The repair decision (修复决定) the subject keeps as proof of removal. */
        public boolean decision() {
            return kind == DocumentKind.REPAIR_DECISION;
        }
    }

    public record Status(Repair repair, ListingFacts listing, LocalDateTime appliedAt, LocalDateTime acceptedAt,
                         LocalDateTime decidedAt, List<DeadlineRow> deadlines, List<FileRow> materials,
                         List<ProgressRow> progress, List<DocumentRow> documents) {

        /** Progress is reported during the rectification period (DOMAIN Lifecycle C.4). */
        public boolean progressOpen() {
            return repair.status() == RepairStatus.RECTIFYING;
        }
    }

    private final Repairs repairs;
    private final RepairRepository repository;
    private final DeadlineService deadlines;
    private final UploadedFiles files;
    private final CaseDocuments documents;
    private final Departments departments;
    private final MessageSource messages;
    private final BusinessClock clock;

    public PortalRepairPages(Repairs repairs, RepairRepository repository, DeadlineService deadlines,
                             UploadedFiles files, CaseDocuments documents, Departments departments,
                             MessageSource messages, BusinessClock clock) {
        this.repairs = repairs;
        this.repository = repository;
        this.deadlines = deadlines;
        this.files = files;
        this.documents = documents;
        this.departments = departments;
        this.messages = messages;
        this.clock = clock;
    }

    /** The wizard of one of the subject's own listings; another subject's listing is "not found". */
    public Wizard wizard(long listingId, CurrentUser user, Locale locale) {
        Listing listing = repairs.ownListing(listingId, user);
        RepairEligibility eligibility = repairs.eligibility(listingId, user);
        String reason = eligibility.eligible() ? null : messages.getMessage(new DefaultMessageSourceResolvable(
                new String[] {eligibility.reasonCode()}, eligibility.reasonArguments().toArray()), locale);
        List<RepairRow> rows = repairs.ofOwnListing(listingId, user).stream()
                .map(repair -> new RepairRow(repair.id(), repair.status(), local(repair.appliedAt()))).toList();
        return new Wizard(facts(listing, locale), eligibility, reason, rows);
    }

    /** The status of one of the subject's own repairs; another subject's repair is "not found". */
    public Status status(long repairId, CurrentUser user, Locale locale) {
        Repair repair = repairs.view(repairId, user);
        String caseId = String.valueOf(repair.id());
        List<DeadlineRow> deadlineRows = deadlines.viewsOf(CaseType.REPAIR, caseId).stream()
                .map(view -> new DeadlineRow(view.kind(), view.lastDay(), view.overdue(), view.paused(),
                        view.status()))
                .toList();
        List<FileRow> materials = files.of(Repair.FILE_OWNER, caseId).stream()
                .map(file -> new FileRow(file.purpose(), file.filename(), file.sizeBytes())).toList();
        List<ProgressRow> progress = repository.progress(repair.id()).stream()
                .map(report -> new ProgressRow(report.text(), local(report.reportedAt()))).toList();
        List<DocumentRow> documentRows = documents.ofCase(CaseType.REPAIR.name(), caseId).stream()
                .filter(document -> repair.subjectCode().equals(document.subjectCode()))
                .map(document -> new DocumentRow(document.id(), document.kind(), document.title(),
                        day(document.issuedAt())))
                .toList();
        return new Status(repair, facts(repairs.ownListing(repair.listingId(), user), locale),
                local(repair.appliedAt()), local(repair.acceptedAt()), local(repair.decidedAt()), deadlineRows,
                materials, progress, documentRows);
    }

    private ListingFacts facts(Listing listing, Locale locale) {
        String department = departments.find(listing.departmentCode()).map(found -> found.name(locale))
                .orElse(listing.departmentCode());
        LocalDate possibleFrom = day(listing.repairableFrom());
        return new ListingFacts(listing.id(), listing.status(), listing.domain(), department, day(listing.listedAt()),
                day(listing.publishUntil()).minusDays(1), possibleFrom, possibleFrom.minusDays(1));
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(clock.zone()).toLocalDate();
    }

    private LocalDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(clock.zone()).toLocalDateTime();
    }
}
