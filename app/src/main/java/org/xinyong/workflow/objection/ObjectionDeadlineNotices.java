package org.xinyong.workflow.objection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.deadline.Deadline;
import org.xinyong.workflow.deadline.DeadlineKind;
import org.xinyong.workflow.deadline.DeadlineService;
import org.xinyong.workflow.notification.Notice;
import org.xinyong.workflow.notification.Notifications;
import org.xinyong.workflow.notification.Recipient;
import org.xinyong.workflow.reference.Department;
import org.xinyong.workflow.reference.Departments;
import org.xinyong.workflow.security.Groups;
import org.xinyong.workflow.errors.NotFoundException;

/**
 * Who hears of the objection verification deadline (seed000 §五(五): verify within 20 days; DOMAIN Lifecycle B.4),
 * sent through the one {@link Notifications} service by the process's timers:
 * <ul>
 *   <li>before the deadline ({@code Event_reminder}, rule set objectionReminderLead): the identifying department's
 *       caseworkers, the candidate group of {@code verifyObjection};</li>
 *   <li>when it passed ({@code Event_overdue}): the credit office, to which the late case is escalated; the
 *       department; and the applicant (the subject, which follows its own deadlines, DOMAIN "Actors", and whose
 *       sanctions stay suspended until the verification ends, seed000 §五(五); or the implementing department's
 *       user who objected).</li>
 * </ul>
 * Each notice's key names the deadline row, the event and the recipient, so each is sent once per deadline however
 * often a timer or delegate runs.
 */
@Component
public class ObjectionDeadlineNotices {

    static final String REMINDER = "reminder";
    static final String OVERDUE = "overdue";

    private final ObjectionRepository objections;
    private final DeadlineService deadlines;
    private final Departments departments;
    private final Notifications notifications;

    public ObjectionDeadlineNotices(ObjectionRepository objections, DeadlineService deadlines,
                                    Departments departments, Notifications notifications) {
        this.objections = objections;
        this.deadlines = deadlines;
        this.departments = departments;
        this.notifications = notifications;
    }

    /** The verification deadline is near: the department is reminded. */
    public void verificationDueSoon(long objectionId) {
        Objection objection = objectionOf(objectionId);
        verificationDeadline(objection).ifPresent(deadline -> {
            LocalDate lastDay = deadlines.dueOf(deadline).lastDay();
            Recipient department = Recipient.group(Groups.department(objection.departmentCode()));
            notifications.send(notice(deadline, REMINDER, department, "notification.objection.reminder",
                    workPage(objection), String.valueOf(objection.id()), objection.subjectCode(), lastDay));
        });
    }

    /** The verification deadline passed: escalated to the credit office; the department and applicant are told. */
    public void verificationOverdue(long objectionId) {
        Objection objection = objectionOf(objectionId);
        verificationDeadline(objection).ifPresent(deadline -> {
            LocalDate lastDay = deadlines.dueOf(deadline).lastDay();
            String id = String.valueOf(objection.id());
            String departmentName = departments.find(objection.departmentCode()).map(Department::nameZh)
                    .orElse(objection.departmentCode());
            notifications.send(notice(deadline, OVERDUE, Recipient.group(Groups.CREDIT_OFFICE),
                    "notification.objection.overdue", workPage(objection), id, objection.subjectCode(),
                    departmentName, lastDay));
            notifications.send(notice(deadline, OVERDUE, Recipient.group(Groups.department(objection.departmentCode())),
                    "notification.objection.overdueDepartment", workPage(objection), id, objection.subjectCode(),
                    lastDay));
            applicant(objection).ifPresent(applicant -> notifications.send(notice(deadline, OVERDUE, applicant,
                    "notification.objection.overdueApplicant",
                    applicant.kind() == Recipient.Kind.SUBJECT ? "/portal" : null, id, lastDay)));
        });
    }

    /**
     * The applicant, when the escalation does not already reach it: the subject (all its accounts) or the
     * implementing department's user who filed; the credit office hears of it as the escalation's recipient. No link
     * for a department user: another department's objection page is not theirs to open.
     */
    private static Optional<Recipient> applicant(Objection objection) {
        return switch (objection.applicantKind()) {
            case SUBJECT -> Optional.of(Recipient.subject(objection.subjectCode()));
            case IMPLEMENTING_DEPARTMENT -> Optional.of(Recipient.user(objection.applicant()));
            case CREDIT_OFFICE -> Optional.empty();
        };
    }

    private static Notice notice(Deadline deadline, String event, Recipient to, String messageCode, String link,
                                 Object... arguments) {
        return new Notice(Notice.deadlineKey(deadline.id(), event, to), to, messageCode, List.of(arguments), link,
                CaseType.OBJECTION.name(), deadline.caseId(), deadline.id());
    }

    private static String workPage(Objection objection) {
        return "/work/cases/OBJECTION/" + objection.id();
    }

    private Optional<Deadline> verificationDeadline(Objection objection) {
        return deadlines.openDeadline(CaseType.OBJECTION, String.valueOf(objection.id()),
                DeadlineKind.OBJECTION_VERIFICATION);
    }

    private Objection objectionOf(long id) {
        return objections.find(id).orElseThrow(() -> new NotFoundException("objection.notFound", id));
    }
}
