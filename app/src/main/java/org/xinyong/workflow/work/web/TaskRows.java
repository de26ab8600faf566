package org.xinyong.workflow.work.web;

import org.xinyong.workflow.calendar.WorkDates;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.CaseKinds;
import org.xinyong.workflow.cases.CaseRef;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.security.AppUser;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.PeopleRepository;
import org.xinyong.workflow.work.CaseTasks.TaskView;

/** Turns the engine's tasks into rows of the workspace: case link, subject name, last day, who holds the task. */
@Component
public class TaskRows {

    /** A task whose last day is this close is marked "due soon". */
    static final int DUE_SOON_DAYS = 2;

    private final CaseKinds kinds;
    private final PeopleRepository people;
    private final WorkDates dates;

    public TaskRows(CaseKinds kinds, PeopleRepository people, WorkDates dates) {
        this.kinds = kinds;
        this.people = people;
        this.dates = dates;
    }

    public List<TaskRow> of(List<TaskView> tasks, CurrentUser user) {
        return tasks.stream().map(task -> of(task, user)).toList();
    }

    public TaskRow of(TaskView task, CurrentUser user) {
        String caseRef = task.caseType() == null ? null : new CaseRef(task.caseType(), task.caseId()).businessKey();
        return new TaskRow(task.id(), task.name(), task.taskKey(), task.caseType(), task.caseId(), caseRef,
                casePage(task.caseType(), task.caseId()), task.subjectCode(),
                subjectName(task.caseType(), task.caseId()).orElse(null), dates.lastDay(task.dueAt()),
                task.overdue(), task.overdue() ? dates.daysOverdue(task.dueAt()) : 0,
                !task.overdue() && dates.dueWithin(task.dueAt(), DUE_SOON_DAYS), task.assignee(),
                displayName(task.assignee()), user.username().equals(task.assignee()),
                dates.local(task.createdAt()));
    }

    /** The page of a case: every case type has one ({@code /work/cases/<CASE_TYPE>/<id>}). */
    public static String casePage(CaseType caseType, String caseId) {
        return caseType == null || caseId == null ? null : new CaseRef(caseType, caseId).page();
    }

    public String displayName(String username) {
        if (username == null) {
            return null;
        }
        return people.findUser(username).map(AppUser::displayName).orElse(username);
    }

    /** The subject's name, as the case's kind knows it. */
    private Optional<String> subjectName(CaseType caseType, String caseId) {
        if (caseType == null || caseId == null) {
            return Optional.empty();
        }
        return new CaseRef(caseType, caseId).numericId()
                .flatMap(id -> kinds.find(caseType).flatMap(kind -> kind.subjectName(id)));
    }
}
