package org.xinyong.workflow.work;

import org.xinyong.workflow.cases.CaseRef;
import org.xinyong.workflow.cases.Decision;
import org.xinyong.workflow.errors.InvalidFieldException;
import org.xinyong.workflow.validation.Paging;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.cases.CaseKinds;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.errors.ConflictException;
import org.xinyong.workflow.errors.NotFoundException;

/**
 * The caseworkers' tasks: the user tasks of the case processes whose candidate groups the user belongs to (so a
 * department sees only its own cases' tasks). Completing a task records its outcome as
 * {@code <taskKey>Outcome}, the variable the process's gateways read.
 */
@Service
public class CaseTasks {

    public record TaskView(String id, String name, String taskKey, String caseId, CaseType caseType, Instant dueAt,
                           boolean overdue, Instant createdAt, String assignee, List<String> outcomes,
                           String subjectCode) {
    }

    /**
     * A finished task as the "already done" page names it.
     *
     * @param caseRef the task's case, or {@code null} when the task belongs to none
     */
    public record FinishedTask(String id, String name, CaseRef caseRef) {
    }

    public record Filter(CaseType caseType, Instant dueBefore) {

        public static final Filter NONE = new Filter(null, null);
    }

    public record Page(List<TaskView> tasks, long total, int page, int size) {
    }

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskOutcomes outcomes;
    private final TaskListQueries listQueries;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final CaseKinds kinds;

    public CaseTasks(TaskService tasks, RuntimeService runtime, HistoryService history, TaskOutcomes outcomes,
                     TaskListQueries listQueries, AuditLog audit, BusinessClock clock, CaseKinds kinds) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.outcomes = outcomes;
        this.listQueries = listQueries;
        this.audit = audit;
        this.clock = clock;
        this.kinds = kinds;
    }

    public Page list(CurrentUser user, Filter filter, int page, int size) {
        if (user.groups().isEmpty()) {
            return new Page(List.of(), 0, page, size);
        }
        List<String> groups = List.copyOf(user.groups());
        // by the case type's process, a column of the task itself: the business key (LISTING-7) would join every
        // execution of the list (bench/RESULTS.md: p50/p95 303/380 ms with it)
        String processKey = filter.caseType() == null ? null : kinds.of(filter.caseType()).processKey();
        Date dueBefore = filter.dueBefore() == null ? null : Date.from(filter.dueBefore());
        long total = listQueries.count(groups, processKey, dueBefore);
        List<Task> found = listQueries.page(groups, processKey, dueBefore, Paging.offset(page, size), size);
        return new Page(views(found), total, page, size);
    }

    public TaskView get(String taskId, CurrentUser user) {
        return views(List.of(find(taskId, user))).get(0);
    }

    /**
     * The open tasks of one case, whoever may work on them: for the case page, whose caller has checked that the user
     * may see the case.
     */
    public List<TaskView> openOf(CaseRef ref) {
        return views(tasks.createTaskQuery().processInstanceBusinessKey(ref.businessKey()).active()
                .orderByTaskCreateTime().asc().list());
    }

    /** Whether the open task is one the user may work on (it is in the user's task list). */
    public boolean isWorkableBy(String taskId, CurrentUser user) {
        return !user.groups().isEmpty() && visibleTo(user).taskId(taskId).count() > 0;
    }

    @Transactional
    public TaskView claim(String taskId, CurrentUser user) {
        Task task = find(taskId, user);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new ConflictException("task.claimedByOther", task.getAssignee());
        }
        if (task.getAssignee() == null) {
            tasks.claim(taskId, user.username());
        }
        return get(taskId, user);
    }

    @Transactional
    public TaskView unclaim(String taskId, CurrentUser user) {
        Task task = find(taskId, user);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new ConflictException("task.claimedByOther", task.getAssignee());
        }
        tasks.setAssignee(taskId, null);
        return get(taskId, user);
    }

    /**
     * Completes the task with one of its outcomes, claiming it first when nobody holds it. The task's declared rules
     * ({@link TaskRules}) are checked here, for the API and the pages alike: the outcome must be one the task offers,
     * an outcome that must state its reasons needs a non-blank comment (seed004 §三(三)7: a refusal states its reasons;
     * DOMAIN Lifecycle B.5), and an outcome's fields must be given within their range.
     *
     * @param fields further values a task form collects (kept as {@code <taskKey><Field>} variables and on the
     *               {@link Decision})
     * @throws InvalidFieldException naming the field that is missing or wrong (400)
     */
    @Transactional
    public void complete(String taskId, String outcome, String comment, Map<String, Object> fields, CurrentUser user) {
        Task task = find(taskId, user);
        TaskRules rules = outcomes.rules(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        Map<String, Object> checked = check(rules, task.getTaskDefinitionKey(), outcome, comment, fields);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new ConflictException("task.claimedByOther", task.getAssignee());
        }
        try {
            completeClaimed(task, outcome, comment, checked, user);
        } catch (OptimisticLockingException | NullValueException | org.camunda.bpm.engine.exception.NotFoundException
                 raced) {
            // Another request, on this node or another one on the same database, completed the task between our
            // reading it and our writing: the engine's optimistic locking let only one of them through.
            if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                throw new ConflictException("task.alreadyCompleted", taskId);
            }
            throw raced;
        }
    }

    /**
     * The task's rules applied to a decision; answers the outcome's declared fields as whole numbers (others given
     * are ignored, as before).
     */
    static Map<String, Object> check(TaskRules rules, String taskKey, String outcome, String comment,
                                     Map<String, Object> fields) {
        if (outcome == null || !rules.outcomes().contains(outcome)) {
            throw new InvalidFieldException("outcome", "task.outcome.invalid", String.valueOf(outcome),
                    String.join(", ", rules.outcomes()));
        }
        String reason = comment == null ? "" : comment.trim();
        if (rules.needsReason(outcome) && reason.isEmpty()) {
            throw new InvalidFieldException("comment", "task.reason.required", outcomeLabel(taskKey, outcome));
        }
        if (reason.length() > MAX_COMMENT) {
            throw new InvalidFieldException("comment", "task.comment.tooLong", MAX_COMMENT);
        }
        Map<String, Object> checked = new HashMap<>();
        fields.forEach((name, value) -> {
            // kept as the process variable <taskKey><Name>: a name must make one, a text must fit the engine's
            // history column (issue 18.4: an empty name or a 4,001-character text was a 500)
            if (name == null || !FIELD_NAME.matcher(name).matches()) {
                throw new InvalidFieldException(String.valueOf(name), "task.field.name", String.valueOf(name));
            }
            if (value instanceof String text && text.length() > MAX_FIELD_TEXT) {
                throw new InvalidFieldException(name, "task.field.tooLong", name, MAX_FIELD_TEXT);
            }
            if (rules.field(name).isEmpty()) {
                checked.put(name, value);
            }
        });
        for (TaskRules.OutcomeField field : rules.fieldsOf(outcome)) {
            Integer value = wholeNumber(fields.get(field.name()));
            if (value == null || !field.accepts(value)) {
                throw new InvalidFieldException(field.name(), "task.field.range", field.name(), field.min(),
                        field.max());
            }
            checked.put(field.name(), value);
        }
        return checked;
    }

    /** The most characters a decision's comment takes (also the form's limit). */
    public static final int MAX_COMMENT = 2000;
    /** A further field of a decision: a Java-like name, kept as a process variable. */
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");
    /** Camunda keeps a text variable's value in a varchar(4000) history column (ACT_HI_VARINST.TEXT_). */
    static final int MAX_FIELD_TEXT = 4000;

    private static org.springframework.context.MessageSourceResolvable outcomeLabel(String taskKey, String outcome) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[] {"work.outcome." + taskKey + "." + outcome, "work.outcome." + outcome}, outcome);
    }

    private static Integer wholeNumber(Object value) {
        if (value instanceof Integer number) {
            return number;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && Math.abs(number.doubleValue()) < Integer.MAX_VALUE) {
            return number.intValue();
        }
        if (value instanceof String text) {
            try {
                return Integer.valueOf(text.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private void completeClaimed(Task task, String outcome, String comment, Map<String, Object> fields,
                                 CurrentUser user) {
        String taskId = task.getId();
        if (task.getAssignee() == null) {
            tasks.claim(taskId, user.username());
        }
        String key = task.getTaskDefinitionKey();
        Map<String, Object> variables = new HashMap<>();
        fields.forEach((name, value) -> variables.put(key + Character.toUpperCase(name.charAt(0)) + name.substring(1),
                value));
        variables.put(key + "Outcome", outcome);
        variables.put(key + "Comment", comment == null ? "" : comment.trim());
        variables.put(key + "CompletedBy", user.username());
        variables.putAll(Decision.variables(key, outcome, comment, fields));
        TaskView view = views(List.of(task)).get(0);
        // audited first, so the timeline shows the decision before the documents and steps it causes
        audit.record(AuditAction.TASK_COMPLETED, view.subjectCode(),
                view.caseType() == null ? null : new CaseRef(view.caseType(), view.caseId()).businessKey(),
                task.getName() + ": " + outcome + (comment == null || comment.isBlank() ? "" : " — " + comment.trim()), null);
        tasks.complete(taskId, variables);
    }

    /** The rules the task declares in its BPMN, for its form. */
    public TaskRules rulesOf(String taskId, CurrentUser user) {
        Task task = find(taskId, user);
        return outcomes.rules(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    }

    private Task find(String taskId, CurrentUser user) {
        if (!user.groups().isEmpty()) {
            Task task = visibleTo(user).taskId(taskId).singleResult();
            if (task != null) {
                return task;
            }
        }
        boolean finished = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
        if (finished && !user.groups().isEmpty() && wasVisibleTo(taskId, user)) {
            throw new ConflictException("task.alreadyCompleted", taskId);
        }
        throw new NotFoundException("task.notFound", taskId);
    }

    /**
     * A finished task one of the user's groups could work on, with its case (issue 19.7: the "already done" page
     * named a bare task id); empty for a task that is open, unknown, or was never the user's to see.
     */
    public Optional<FinishedTask> finished(String taskId, CurrentUser user) {
        if (user.groups().isEmpty() || !wasVisibleTo(taskId, user)) {
            return Optional.empty();
        }
        HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                .singleResult();
        if (task == null) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = task.getProcessInstanceId() == null ? null
                : history.createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                        .singleResult();
        CaseRef ref = instance == null ? null : CaseRef.fromBusinessKey(instance.getBusinessKey()).orElse(null);
        return Optional.of(new FinishedTask(task.getId(), task.getName(), ref));
    }

    private boolean wasVisibleTo(String taskId, CurrentUser user) {
        return history.createHistoricIdentityLinkLogQuery().taskId(taskId).list().stream()
                .anyMatch(link -> link.getGroupId() != null && user.groups().contains(link.getGroupId()));
    }

    private TaskQuery visibleTo(CurrentUser user) {
        return tasks.createTaskQuery().taskCandidateGroupIn(new ArrayList<>(user.groups())).includeAssignedTasks()
                .active();
    }

    private List<TaskView> views(List<Task> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, ProcessInstance> instances = runtime.createProcessInstanceQuery()
                .processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, instance -> instance));
        // one query for the page's subject codes, not one engine call per row (bench/RESULTS.md: task list p95)
        Map<String, Object> subjects = new HashMap<>();
        runtime.createVariableInstanceQuery().processInstanceIdIn(instanceIds.toArray(String[]::new))
                .variableName("subjectCode").disableBinaryFetching().disableCustomObjectDeserialization().list()
                .stream().filter(variable -> variable.getExecutionId().equals(variable.getProcessInstanceId()))
                .forEach(variable -> subjects.put(variable.getProcessInstanceId(), variable.getValue()));
        Instant now = clock.now();
        return found.stream().map(task -> {
            ProcessInstance instance = instances.get(task.getProcessInstanceId());
            CaseRef ref = instance == null ? null : CaseRef.fromBusinessKey(instance.getBusinessKey()).orElse(null);
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            Object subject = subjects.get(task.getProcessInstanceId());
            return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                    ref == null ? null : ref.caseId(), ref == null ? null : ref.caseType(), due,
                    due != null && due.isBefore(now), task.getCreateTime().toInstant(), task.getAssignee(),
                    outcomes.of(task.getProcessDefinitionId(), task.getTaskDefinitionKey()),
                    subject == null ? null : subject.toString());
        }).toList();
    }
}
