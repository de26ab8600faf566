package org.xinyong.workflow.portal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.deadline.Deadline;
import org.xinyong.workflow.deadline.DeadlineKind;
import org.xinyong.workflow.deadline.DeadlineService;
import org.xinyong.workflow.documents.CaseDocuments;
import org.xinyong.workflow.documents.DocumentNames;
import org.xinyong.workflow.listing.BasisType;
import org.xinyong.workflow.listing.Listing;
import org.xinyong.workflow.listing.ListingCase;
import org.xinyong.workflow.listing.ListingCaseStatus;
import org.xinyong.workflow.listing.ListingCases;
import org.xinyong.workflow.listing.ListingStatements;
import org.xinyong.workflow.listing.ListingStatus;
import org.xinyong.workflow.listing.Listings;
import org.xinyong.workflow.listing.SeriousListDomain;
import org.xinyong.workflow.notification.PortalInbox;
import org.xinyong.workflow.reference.Department;
import org.xinyong.workflow.reference.Departments;
import org.xinyong.workflow.reference.MeasureCatalogue;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.watchlist.WatchLists;

/**
 * What the enterprise portal shows: the subject's inbox, its listing cases and its listings. Everything is read
 * for the signed-in account's own subject code, through the services that apply the access rules.
 */
@Component
public class PortalPage {

    /** The most rows a section shows; a subject has few cases. */
    static final int MAX_ROWS = 200;

    public record MessageRow(long id, String title, String body, LocalDateTime deliveredAt, Long documentId,
                             boolean unread) {
    }

    public record DocumentRow(long id, String title, LocalDate issuedOn) {
    }

    public record StatementRow(ListingStatements.Kind kind, LocalDateTime filedAt) {
    }

    /**
     * @param statementLastDay last day of the statement window (seed001 §四 8), while the case is in its notice period
     * @param followUpKind     while a minor record is followed up (seed003 §二(四)1), the open deadline's kind: the
     *                         rectification the reminder or interview ordered, the interview, or the period after urging
     * @param followUpLastDay  that deadline's last day
     */
    public record CaseRow(long id, ListingCaseStatus status, BasisType basisType, String basisNumber,
                          LocalDate basisDate, String departmentName, SeriousListDomain domain, String severity,
                          LocalDate recordedOn, LocalDate statementLastDay, List<DocumentRow> documents,
                          List<StatementRow> statements, String followUpKind, LocalDate followUpLastDay) {

        /** The subject may state its case or object now. */
        public boolean statementOpen() {
            return status == ListingCaseStatus.NOTICE_PERIOD;
        }
    }

    /**
     * @param publishLastDay       last day of publication ({@code publishUntil} is 00:00 of the day after)
     * @param repairPossibleFrom   first day a repair application is possible: the day {@code repairableFrom} begins
     * @param minimumPeriodLastDay last day of the minimum publication period, the day before
     */
    public record ListingRow(long id, long caseId, ListingStatus status, SeriousListDomain domain, String severity,
                             String departmentName, LocalDate listedOn, LocalDate publishLastDay,
                             LocalDate repairPossibleFrom, LocalDate minimumPeriodLastDay, List<String> measures) {

        public boolean inForce() {
            return status.isInForce();
        }
    }

    /** A watch-list entry of the subject (seed003 §二(四)2): not the public serious list. */
    public record WatchRow(long id, long recordId, String status, LocalDate since, LocalDate lastDay,
                           String departmentName, List<String> measures) {
    }

    public record View(List<MessageRow> messages, int unreadCount, List<CaseRow> cases, List<ListingRow> listings,
                       List<WatchRow> watchList) {

        public Optional<CaseRow> caseOf(long caseId) {
            return cases.stream().filter(row -> row.id() == caseId).findFirst();
        }
    }

    private final PortalInbox inbox;
    private final ListingCases listingCases;
    private final Listings listings;
    private final ListingStatements statements;
    private final DeadlineService deadlines;
    private final CaseDocuments documents;
    private final Departments departments;
    private final MeasureCatalogue measures;
    private final BusinessClock clock;
    private final DocumentNames documentNames;
    private final WatchLists watchLists;

    /** The deadlines of a minor record's follow-up the subject is shown, in the order they can be open. */
    private static final List<DeadlineKind> FOLLOW_UP_KINDS = List.of(DeadlineKind.URGING_RECTIFICATION,
            DeadlineKind.INTERVIEW_RECORD, DeadlineKind.INTERVIEW_SCHEDULING, DeadlineKind.REMINDER_RECTIFICATION);

    public PortalPage(PortalInbox inbox, ListingCases listingCases, Listings listings, ListingStatements statements,
                      DeadlineService deadlines, CaseDocuments documents, Departments departments,
                      MeasureCatalogue measures, BusinessClock clock, DocumentNames documentNames,
                      WatchLists watchLists) {
        this.watchLists = watchLists;
        this.inbox = inbox;
        this.listingCases = listingCases;
        this.listings = listings;
        this.statements = statements;
        this.deadlines = deadlines;
        this.documents = documents;
        this.departments = departments;
        this.measures = measures;
        this.clock = clock;
        this.documentNames = documentNames;
    }

    public View of(CurrentUser user, Locale locale) {
        if (!user.isEnterprise() || user.subjectCode() == null) {
            throw new IllegalStateException("The portal is for enterprise accounts bound to a subject code");
        }
        String subject = user.subjectCode();
        Map<String, String> departmentNames = departments.all().stream()
                .collect(Collectors.toMap(Department::code, department -> department.name(locale)));
        List<MessageRow> messages = inbox.of(subject).stream().map(message -> messageRow(message, locale)).toList();
        List<CaseRow> cases = listingCases.list(user, null, 0, MAX_ROWS).stream()
                .map(listingCase -> caseRow(listingCase, departmentNames, locale)).toList();
        Function<String, String> measureTitle = code -> measures.find(code).map(m -> m.title(locale)).orElse(code);
        List<ListingRow> listingRows = listings.list(user, null, 0, MAX_ROWS).stream()
                .map(listing -> listingRow(listing, departmentNames, measureTitle)).toList();
        Instant now = clock.now();
        List<WatchRow> watchRows = watchLists.ofSubject(subject, user).stream()
                .map(entry -> new WatchRow(entry.id(), entry.recordId(), entry.statusAt(now), day(entry.since()),
                        day(entry.until()).minusDays(1),
                        departmentNames.getOrDefault(entry.departmentCode(), entry.departmentCode()),
                        entry.measures().stream().map(measureTitle).toList()))
                .toList();
        int unread = (int) messages.stream().filter(MessageRow::unread).count();
        return new View(messages, unread, cases, listingRows, watchRows);
    }

    /** The document's name and note in the reader's language (issue 19.12); the document itself stays Chinese. */
    private MessageRow messageRow(PortalInbox.Message message, Locale locale) {
        return new MessageRow(message.id(), documentNames.title(message.title(), locale),
                documentNames.deliveryNote(message.title(), message.body(), locale), local(message.deliveredAt()),
                message.documentId(), message.isUnread());
    }

    private CaseRow caseRow(ListingCase c, Map<String, String> departmentNames, Locale locale) {
        String caseId = String.valueOf(c.id());
        LocalDate statementLastDay = c.status() == ListingCaseStatus.NOTICE_PERIOD
                ? deadlines.openDeadline(CaseType.LISTING, caseId, DeadlineKind.STATEMENT_WINDOW)
                        .map(deadline -> deadlines.dueOf(deadline).lastDay()).orElse(null)
                : null;
        List<DocumentRow> documentRows = documents.ofCase(CaseType.LISTING.name(), caseId).stream()
                .filter(document -> c.subjectCode().equals(document.subjectCode()))
                .map(document -> new DocumentRow(document.id(), documentNames.title(document.kind(), locale),
                        day(document.issuedAt())))
                .toList();
        List<StatementRow> statementRows = statements.ofCase(c.id()).stream()
                .map(statement -> new StatementRow(statement.kind(), local(statement.filedAt()))).toList();
        var followUp = c.status() != ListingCaseStatus.FOLLOW_UP ? java.util.Optional.<Deadline>empty()
                : FOLLOW_UP_KINDS.stream().flatMap(kind -> deadlines.openDeadline(CaseType.LISTING, caseId, kind).stream())
                        .findFirst();
        return new CaseRow(c.id(), c.status(), c.basisType(), c.basisNumber(), c.basisDate(),
                departmentNames.getOrDefault(c.departmentCode(), c.departmentCode()), c.domain(),
                c.severity().name(), day(c.recordedAt()), statementLastDay, documentRows, statementRows,
                followUp.map(deadline -> deadline.kind().name()).orElse(null),
                followUp.map(deadline -> deadlines.dueOf(deadline).lastDay()).orElse(null));
    }

    private ListingRow listingRow(Listing l, Map<String, String> departmentNames,
                                  Function<String, String> measureTitle) {
        LocalDate repairFrom = day(l.repairableFrom());
        return new ListingRow(l.id(), l.caseId(), l.status(), l.domain(), l.severity().name(),
                departmentNames.getOrDefault(l.departmentCode(), l.departmentCode()), day(l.listedAt()),
                day(l.publishUntil()).minusDays(1), repairFrom, repairFrom.minusDays(1),
                l.measures().stream().map(measureTitle).toList());
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(clock.zone()).toLocalDate();
    }

    private LocalDateTime local(Instant instant) {
        return instant.atZone(clock.zone()).toLocalDateTime();
    }
}
