package org.xinyong.workflow.objection.web;

import org.xinyong.workflow.portal.web.PortalPage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.deadline.DeadlineKind;
import org.xinyong.workflow.deadline.DeadlineView;
import org.xinyong.workflow.objection.ApplicantKind;
import org.xinyong.workflow.objection.Objection;
import org.xinyong.workflow.objection.ObjectionRepository.EvidenceRequest;
import org.xinyong.workflow.objection.ObjectionStatus;
import org.xinyong.workflow.objection.ObjectionViews;
import org.xinyong.workflow.objection.ObjectionViews.ObjectionView;
import org.xinyong.workflow.objection.Objections;
import org.xinyong.workflow.portal.web.PortalPage.ListingRow;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.calendar.WorkDates;

/**
 * What the portal shows of the subject's objections (DOMAIN Lifecycle B): its listings with whether each may be
 * objected to now, its objections with their status and verification period (last day, days left, paused while
 * supplementary evidence is awaited), and one objection in full. Everything is read for the signed-in account's own
 * subject code through the services that apply the access rules.
 */
@Component
public class PortalObjectionPage {

    /**
     * A listing as the objection pages offer it.
     *
     * @param openObjectionId the objection being verified now, if any (one at a time per listing)
     */
    public record ListingChoice(ListingRow listing, Long openObjectionId) {

        /** An objection may be filed against an active listing without one already open (409 otherwise). */
        public boolean mayObject() {
            return listing.status() == org.xinyong.workflow.listing.ListingStatus.ACTIVE && openObjectionId == null;
        }
    }

    /**
     * @param lastDay  last day of the verification period ({@code null} before it is known)
     * @param daysLeft whole days from today to {@code lastDay}, while the objection is open and the clock runs
     * @param paused   the period does not count now: supplementary evidence is awaited (DOMAIN Lifecycle B.6)
     */
    public record ObjectionRow(long id, long listingId, ObjectionStatus status, LocalDateTime receivedAt,
                               LocalDate lastDay, long daysLeft, boolean paused, boolean overdue,
                               LocalDateTime decidedAt) {

        public boolean open() {
            return status.isOpen();
        }
    }

    public record DocumentRow(long id, String kind, String title, LocalDateTime issuedAt) {
    }

    public record FileRow(long id, String purpose, String filename, long sizeBytes, LocalDateTime uploadedAt) {
    }

    /**
     * @param respondBy last day the applicant may supplement its evidence
     */
    public record RequestRow(String note, LocalDateTime requestedAt, LocalDate respondBy, LocalDateTime closedAt,
                             String closedReason) {

        public boolean open() {
            return closedAt == null;
        }
    }

    public record Detail(ObjectionView view, ObjectionRow row, ListingRow listing, List<FileRow> files,
                         List<RequestRow> requests, List<DocumentRow> documents) {

        /**
         * The request the subject answers now, while the objection it filed awaits evidence (an objection raised by
         * the credit office or a department is answered by them).
         */
        public Optional<RequestRow> openRequest() {
            return view.status() == ObjectionStatus.AWAITING_EVIDENCE && view.applicantKind() == ApplicantKind.SUBJECT
                    ? requests.stream().filter(RequestRow::open).reduce((first, second) -> second)
                    : Optional.empty();
        }
    }

    public record Overview(List<ListingChoice> listings, List<ObjectionRow> objections) {

        public Optional<ListingChoice> listing(long listingId) {
            return listings.stream().filter(choice -> choice.listing().id() == listingId).findFirst();
        }
    }

    private final PortalPage portal;
    private final Objections objections;
    private final ObjectionViews views;
    private final WorkDates dates;

    public PortalObjectionPage(PortalPage portal, Objections objections, ObjectionViews views, WorkDates dates) {
        this.portal = portal;
        this.objections = objections;
        this.views = views;
        this.dates = dates;
    }

    public Overview overview(CurrentUser user, Locale locale) {
        List<Objection> own = objections.ofSubject(user);
        Map<Long, Long> openByListing = own.stream().filter(objection -> objection.status().isOpen())
                .collect(Collectors.toMap(Objection::listingId, Objection::id, Math::max));
        List<ListingChoice> listings = portal.of(user, locale).listings().stream()
                .map(listing -> new ListingChoice(listing, openByListing.get(listing.id()))).toList();
        return new Overview(listings, own.stream().map(objection -> row(views.of(objection))).toList());
    }

    /** One objection of the subject's own; another subject's is "not found" ({@code Objections.view}). */
    public Detail detail(long id, CurrentUser user, Locale locale) {
        ObjectionView view = views.of(objections.view(id, user));
        ListingRow listing = portal.of(user, locale).listings().stream()
                .filter(candidate -> candidate.id() == view.listingId()).findFirst().orElse(null);
        return new Detail(view, row(view), listing,
                view.files().stream().map(file -> new FileRow(file.id(), file.purpose(), file.filename(),
                        file.sizeBytes(), dates.local(file.uploadedAt()))).toList(),
                view.evidenceRequests().stream().map(this::requestRow).toList(),
                view.documents().stream().map(document -> new DocumentRow(document.id(), document.kind(),
                        document.title(), dates.local(document.issuedAt()))).toList());
    }

    private ObjectionRow row(ObjectionView view) {
        boolean paused = view.deadlines().stream()
                .filter(deadline -> DeadlineKind.OBJECTION_VERIFICATION.name().equals(deadline.kind()))
                .anyMatch(DeadlineView::paused);
        Instant due = view.verificationDueAt();
        return new ObjectionRow(view.id(), view.listingId(), view.status(), dates.local(view.receivedAt()),
                view.verificationLastDay(), view.status().isOpen() && !paused ? dates.daysLeft(due) : 0, paused,
                view.overdue(), dates.local(view.decidedAt()));
    }

    private RequestRow requestRow(EvidenceRequest request) {
        return new RequestRow(request.note(), dates.local(request.requestedAt()), dates.lastDay(request.dueAt()),
                dates.local(request.closedAt()), request.closedReason());
    }
}
