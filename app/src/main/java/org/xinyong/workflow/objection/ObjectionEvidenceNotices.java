package org.xinyong.workflow.objection;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.deadline.DeadlineKind;
import org.xinyong.workflow.deadline.DeadlineService;
import org.xinyong.workflow.errors.NotFoundException;
import org.xinyong.workflow.notification.Notice;
import org.xinyong.workflow.notification.Notifications;
import org.xinyong.workflow.notification.Recipient;
import org.xinyong.workflow.security.Groups;

/**
 * Who hears of the supplementary-evidence exchange (issue 19.3; DOMAIN Lifecycle B.6), through the one
 * {@link Notifications} service (inbox and e-mail), each with the case number in its title:
 * <ul>
 *   <li>the department asks for evidence ({@code Task_pauseClock}): the applicant, with what is asked and the reply
 *       date (the subject's accounts, or the user who objected for a department);</li>
 *   <li>the evidence arrives, or the reply date passes without it ({@code Task_resumeClock}): the identifying
 *       department, with the verification's new last day.</li>
 * </ul>
 * Sent by the process's clock tasks, so each notice goes with the pause or resumption it announces; each notice's key
 * names the evidence request, the event and the recipient, so it is sent once however often a task runs.
 */
@Component
public class ObjectionEvidenceNotices {

    static final String REQUESTED = "requested";
    static final String ANSWERED = "answered";

    private final ObjectionRepository objections;
    private final DeadlineService deadlines;
    private final Notifications notifications;
    private final BusinessClock clock;

    public ObjectionEvidenceNotices(ObjectionRepository objections, DeadlineService deadlines,
                                    Notifications notifications, BusinessClock clock) {
        this.objections = objections;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Evidence was asked for: the applicant is told what, and by which day. */
    public void requested(long objectionId) {
        Objection objection = objectionOf(objectionId);
        objections.openEvidenceRequest(objectionId).ifPresent(request -> {
            Recipient applicant = applicant(objection);
            LocalDate replyBy = request.dueAt().atZone(clock.zone()).toLocalDate().minusDays(1);
            notifications.send(notice(request, REQUESTED, applicant, "notification.objection.evidenceRequested",
                    applicantLink(objection), objection.businessKey(), replyBy, request.note()));
        });
    }

    /** The request closed (evidence received, or the reply date passed): the department is told. */
    public void answered(long objectionId) {
        Objection objection = objectionOf(objectionId);
        objections.evidenceRequests(objectionId).stream().filter(request -> request.closedAt() != null)
                .max(Comparator.comparing(ObjectionRepository.EvidenceRequest::closedAt))
                .ifPresent(request -> {
                    LocalDate verifyBy = deadlines.openDeadline(CaseType.OBJECTION, String.valueOf(objectionId),
                                    DeadlineKind.OBJECTION_VERIFICATION)
                            .map(deadline -> deadlines.dueOf(deadline).lastDay()).orElse(null);
                    LocalDate on = request.closedAt().atZone(clock.zone()).toLocalDate();
                    boolean received = "RECEIVED".equals(request.closedReason());
                    Recipient department = Recipient.group(Groups.department(objection.departmentCode()));
                    notifications.send(notice(request, ANSWERED, department,
                            received ? "notification.objection.evidenceReceived"
                                    : "notification.objection.evidenceLapsed",
                            "/work/cases/OBJECTION/" + objection.id(), objection.businessKey(),
                            objection.subjectCode(), on, verifyBy == null ? "—" : verifyBy));
                });
    }

    /** The subject (its accounts) or the staff user who objected for a department or the credit office. */
    static Recipient applicant(Objection objection) {
        return objection.applicantKind() == ApplicantKind.SUBJECT ? Recipient.subject(objection.subjectCode())
                : Recipient.user(objection.applicant());
    }

    /** The subject answers in the portal; a staff applicant through the objection's API (no page of its own). */
    private static String applicantLink(Objection objection) {
        return switch (objection.applicantKind()) {
            case SUBJECT -> "/portal/objections/" + objection.id();
            case CREDIT_OFFICE -> "/work/cases/OBJECTION/" + objection.id();
            case IMPLEMENTING_DEPARTMENT -> null;
        };
    }

    private static Notice notice(ObjectionRepository.EvidenceRequest request, String event, Recipient to,
                                 String messageCode, String link, Object... arguments) {
        String key = "objection-evidence:" + request.id() + ":" + event + ":" + to.kind().name().toLowerCase()
                + ":" + to.id();
        return new Notice(key, to, messageCode, List.of(arguments), link, CaseType.OBJECTION.name(),
                String.valueOf(request.objectionId()), null);
    }

    private Objection objectionOf(long id) {
        return objections.find(id).orElseThrow(() -> new NotFoundException("objection.notFound", id));
    }
}
