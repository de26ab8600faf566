package org.xinyong.workflow.objection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.deadline.Deadline;
import org.xinyong.workflow.deadline.DeadlineKind;
import org.xinyong.workflow.deadline.DeadlineService;
import org.xinyong.workflow.deadline.DeadlineStatus;
import org.xinyong.workflow.deadline.DueDate;
import org.xinyong.workflow.notification.Notice;
import org.xinyong.workflow.notification.Notifications;
import org.xinyong.workflow.notification.Recipient;
import org.xinyong.workflow.reference.Department;
import org.xinyong.workflow.reference.DepartmentKind;
import org.xinyong.workflow.reference.Departments;
import org.xinyong.workflow.rules.DurationUnit;
import org.xinyong.workflow.rules.LegalDuration;

/** Who hears of the objection verification deadline, and under which once-only key (seed000 §五(五); DOMAIN B.4). */
class ObjectionDeadlineNoticesTest {

    static final String ENT1 = "91230400MA19XY0035";
    static final Instant RECEIVED = Instant.parse("2026-05-01T02:00:00Z");
    static final LocalDate LAST_DAY = LocalDate.of(2026, 5, 21);

    ObjectionRepository objections = mock(ObjectionRepository.class);
    DeadlineService deadlines = mock(DeadlineService.class);
    Departments departments = mock(Departments.class);
    Notifications notifications = mock(Notifications.class);
    ObjectionDeadlineNotices notices = new ObjectionDeadlineNotices(objections, deadlines, departments, notifications);

    @Test
    void reminderGoesToTheDepartmentsCaseworkersUnderTheDeadlinesKey() {
        objection(7, ApplicantKind.SUBJECT, "ent1");
        openDeadline(7, 42);

        notices.verificationDueSoon(7);

        Notice sent = sentNotices(1).get(0);
        assertThat(sent.recipient()).isEqualTo(Recipient.group("dept-amr"));
        assertThat(sent.dedupeKey()).isEqualTo("deadline:42:reminder:group:dept-amr");
        assertThat(sent.messageCode()).isEqualTo("notification.objection.reminder");
        assertThat(sent.arguments()).containsExactly("7", ENT1, LAST_DAY);
        assertThat(sent.link()).isEqualTo("/work/cases/OBJECTION/7");
        assertThat(sent.deadlineId()).isEqualTo(42L);
    }

    @Test
    void overdueIsEscalatedToTheCreditOfficeAndToldToTheDepartmentAndTheSubjectApplicant() {
        objection(7, ApplicantKind.SUBJECT, "ent1");
        openDeadline(7, 42);
        when(departments.find("amr")).thenReturn(Optional.of(
                new Department("amr", "市场监督管理局", "Market regulation", DepartmentKind.values()[0])));

        notices.verificationOverdue(7);

        List<Notice> sent = sentNotices(3);
        assertThat(sent).extracting(Notice::dedupeKey).containsExactly(
                "deadline:42:overdue:group:credit-office",
                "deadline:42:overdue:group:dept-amr",
                "deadline:42:overdue:subject:" + ENT1);
        assertThat(sent.get(0).arguments()).containsExactly("7", ENT1, "市场监督管理局", LAST_DAY);
        assertThat(sent.get(2).link()).isEqualTo("/portal");
    }

    @Test
    void implementingDepartmentApplicantIsToldAsAUserWithoutALinkToAnotherDepartmentsCase() {
        objection(8, ApplicantKind.IMPLEMENTING_DEPARTMENT, "tax");
        openDeadline(8, 43);

        notices.verificationOverdue(8);

        Notice toApplicant = sentNotices(3).get(2);
        assertThat(toApplicant.recipient()).isEqualTo(Recipient.user("tax"));
        assertThat(toApplicant.link()).isNull();
    }

    @Test
    void creditOfficeApplicantHearsOnlyThroughTheEscalation() {
        objection(9, ApplicantKind.CREDIT_OFFICE, "credit");
        openDeadline(9, 44);

        notices.verificationOverdue(9);

        assertThat(sentNotices(2)).extracting(Notice::recipient)
                .containsExactly(Recipient.group("credit-office"), Recipient.group("dept-amr"));
    }

    @Test
    void nothingIsSentWithoutAnOpenVerificationDeadline() {
        objection(10, ApplicantKind.SUBJECT, "ent1");
        when(deadlines.openDeadline(CaseType.OBJECTION, "10", DeadlineKind.OBJECTION_VERIFICATION))
                .thenReturn(Optional.empty());

        notices.verificationDueSoon(10);
        notices.verificationOverdue(10);

        verify(notifications, never()).send(any());
    }

    private List<Notice> sentNotices(int expected) {
        ArgumentCaptor<Notice> captor = ArgumentCaptor.forClass(Notice.class);
        verify(notifications, times(expected)).send(captor.capture());
        return captor.getAllValues();
    }

    private void objection(long id, ApplicantKind kind, String applicant) {
        when(objections.find(id)).thenReturn(Optional.of(new Objection(id, 3, 2, ENT1, "amr", kind, applicant,
                "信息有误", ObjectionStatus.VERIFYING, "seeds-2019", "pi-" + id, RECEIVED, null, null, null, null)));
    }

    private void openDeadline(long objectionId, long deadlineId) {
        Deadline deadline = new Deadline(deadlineId, CaseType.OBJECTION, String.valueOf(objectionId), "pi",
                DeadlineKind.OBJECTION_VERIFICATION, RECEIVED, LegalDuration.of(20, DurationUnit.CALENDAR_DAYS),
                "seeds-2019", "seed000 §五(五)", Instant.parse("2026-05-21T16:00:00Z"), DeadlineStatus.OPEN, null,
                RECEIVED, List.of());
        when(deadlines.openDeadline(CaseType.OBJECTION, String.valueOf(objectionId),
                DeadlineKind.OBJECTION_VERIFICATION)).thenReturn(Optional.of(deadline));
        when(deadlines.dueOf(deadline)).thenReturn(new DueDate(deadline.dueAt(), LAST_DAY, false));
    }
}
