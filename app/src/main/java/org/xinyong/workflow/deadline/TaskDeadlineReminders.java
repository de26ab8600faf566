package org.xinyong.workflow.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.notification.Notice;
import org.xinyong.workflow.notification.Notifications;
import org.xinyong.workflow.notification.Recipient;

/**
 * Reminders before the due date of a person's task, as bean {@code taskReminders} (issue 13 item 10: every deadline
 * has its reminder, each deadline kind its own lead time in the rule set, {@code values.reminderLead.<kind>}). A
 * non-interrupting timer on the user task fires at {@code deadlines.remindAt(execution, kind)} and its end event
 * calls:
 *
 * <pre>{@code <camunda:executionListener event="start" expression="${taskReminders.remind(execution, 'HEAD_REVIEW', 'reviewByHead')}"/>}</pre>
 *
 * The task's candidate groups and its assignee are told, once per deadline and recipient however often the timer runs
 * ({@link Notice#deadlineKey}).
 */
@Component("taskReminders")
public class TaskDeadlineReminders {

    static final String EVENT = "reminder";

    private final TaskService tasks;
    private final DeadlineService deadlines;
    private final Notifications notifications;

    public TaskDeadlineReminders(TaskService tasks, DeadlineService deadlines, Notifications notifications) {
        this.tasks = tasks;
        this.deadlines = deadlines;
        this.notifications = notifications;
    }

    /** @return how many notices were sent (0 when the task or its deadline is already gone) */
    public int remind(DelegateExecution execution, String kind, String taskKey) {
        DeadlineKind deadlineKind = DeadlineKind.valueOf(kind);
        CaseType caseType = CaseType.valueOf(String.valueOf(execution.getVariable(ProcessDeadlines.CASE_TYPE))
                .toUpperCase(Locale.ROOT));
        String caseId = String.valueOf(execution.getVariable(ProcessDeadlines.CASE_ID));
        Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey).active().singleResult();
        var deadline = deadlines.openDeadline(caseType, caseId, deadlineKind);
        if (task == null || deadline.isEmpty()) {
            return 0;
        }
        LocalDate lastDay = deadlines.dueOf(deadline.get()).lastDay();
        String caseNumber = caseType.name() + "-" + caseId;
        int sent = 0;
        for (Recipient recipient : recipientsOf(task)) {
            Notice notice = new Notice(Notice.deadlineKey(deadline.get().id(), EVENT, recipient), recipient,
                    "notification.deadline.reminder." + deadlineKind.name(), List.of(caseNumber, lastDay),
                    "/work/tasks/" + task.getId(), caseType.name(), caseId, deadline.get().id());
            if (notifications.send(notice)) {
                sent++;
            }
        }
        return sent;
    }

    private List<Recipient> recipientsOf(Task task) {
        Set<Recipient> recipients = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            recipients.add(Recipient.user(task.getAssignee()));
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                recipients.add(Recipient.group(link.getGroupId()));
            }
        }
        return new ArrayList<>(recipients);
    }
}
