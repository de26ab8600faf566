package org.xinyong.workflow.work.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.audit.AuditAction;

/**
 * A case history entry's detail in the reader's language where it names a task (issue 19.12: history task names stayed
 * Chinese in the English UI). A completed task is audited as {@code <BPMN task name>: <outcome>[ — <comment>]}
 * (work.CaseTasks); the timeline shows the task's name ({@code work.taskName.<taskKey>}) and the outcome's label
 * ({@link WorkMessages#outcome(String, String)}), the caseworker's comment as written. Issue 19.4: the other steps read
 * as sentences too — a status change names the statuses, a recording its assessed severity, a service the document,
 * the method and the day, a correction the severities — and what is only technical (ids, decision versions, instants)
 * stays in the audit log ({@code /admin/audit}), not on the case page. The audit log keeps every entry as recorded.
 */
@Component
public class TimelineDetails {

    private static final String NAME_END = ": ";
    private static final String COMMENT_START = " — ";

    private final RepositoryService repository;
    private final MessageSource messages;
    private final WorkMessages labels;
    /** BPMN user task name → task key, over every deployed process definition; read when first needed. */
    private final Map<String, String> taskKeys = new ConcurrentHashMap<>();
    private volatile boolean read;

    private final org.xinyong.workflow.cases.CaseKinds kinds;

    public TimelineDetails(RepositoryService repository, MessageSource messages, WorkMessages labels,
                           org.xinyong.workflow.cases.CaseKinds kinds) {
        this.kinds = kinds;
        this.repository = repository;
        this.messages = messages;
        this.labels = labels;
    }

    /** Technical entries whose step the action's label says in full: no detail on the case page. */
    private static final java.util.Set<String> LABEL_SAYS_IT = java.util.Set.of(AuditAction.DOCUMENT_ISSUED.name(),
            AuditAction.LISTING_PUBLISHED.name(), AuditAction.LISTING_REMOVED.name(),
            AuditAction.LISTING_REVOKED.name(), AuditAction.DEADLINE_SUSPENDED.name(),
            AuditAction.DEADLINE_RESUMED.name(), AuditAction.WATCH_LIST_EXITED.name());
    private static final java.util.regex.Pattern STATUS_CHANGE =
            java.util.regex.Pattern.compile("([A-Z_]+) → ([A-Z_]+)(?:; .*)?", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern ASSESSED = java.util.regex.Pattern.compile(
            "severity (MINOR|GENERAL|SERIOUS)(?: \\(escalated from (MINOR|GENERAL|SERIOUS)\\))?.*",
            java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern SERVED = java.util.regex.Pattern.compile(
            "([A-Z_]+) #\\d+ served by ([A-Z_]+) on (\\d{4}-\\d{2}-\\d{2}).*", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern SEVERITY_CHANGE = java.util.regex.Pattern.compile(
            "severity (MINOR|GENERAL|SERIOUS) -> (MINOR|GENERAL|SERIOUS).*", java.util.regex.Pattern.DOTALL);

    /** The entry's detail as the case page shows it, for a case of {@code caseType} (null when unknown). */
    public String of(String action, String detail, org.xinyong.workflow.cases.CaseType caseType) {
        if (detail == null || action == null) {
            return detail;
        }
        if (LABEL_SAYS_IT.contains(action)) {
            return null;
        }
        java.util.regex.Matcher match;
        if (action.equals(AuditAction.STATE_CHANGED.name()) && caseType != null
                && (match = STATUS_CHANGE.matcher(detail)).matches()) {
            String prefix = kinds.find(caseType).map(kind -> kind.statusLabelPrefix()).orElse(null);
            if (prefix != null) {
                return say("work.timeline.statusChanged", label(prefix + match.group(1)), label(prefix + match.group(2)));
            }
        }
        if (action.equals(AuditAction.CASE_RECORDED.name()) && (match = ASSESSED.matcher(detail)).matches()) {
            return match.group(2) == null
                    ? say("work.timeline.assessed", label("listing.severity." + match.group(1)))
                    : say("work.timeline.escalated", label("listing.severity." + match.group(1)),
                            label("listing.severity." + match.group(2)));
        }
        if (action.equals(AuditAction.DOCUMENT_SERVED.name()) && (match = SERVED.matcher(detail)).matches()) {
            return say("work.timeline.served", label("document.kind." + match.group(1)),
                    label("document.serviceMethod." + match.group(2)), match.group(3));
        }
        if (action.equals(AuditAction.RECORD_CORRECTED.name()) && (match = SEVERITY_CHANGE.matcher(detail)).matches()) {
            return match.group(1).equals(match.group(2)) ? say("work.timeline.corrected")
                    : say("work.timeline.severityChanged", label("listing.severity." + match.group(1)),
                            label("listing.severity." + match.group(2)));
        }
        return AuditAction.TASK_COMPLETED.name().equals(action) ? ofTask(detail) : detail;
    }

    /** As {@link #of(String, String, org.xinyong.workflow.cases.CaseType)} without the case's type. */
    public String of(String action, String detail) {
        return of(action, detail, null);
    }

    private String say(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
    }

    private String label(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }

    private String ofTask(String detail) {
        int nameEnd = detail.indexOf(NAME_END);
        if (nameEnd <= 0) {
            return detail;
        }
        String name = detail.substring(0, nameEnd);
        Optional<String> key = taskKey(name);
        if (key.isEmpty()) {
            return detail;
        }
        String rest = detail.substring(nameEnd + NAME_END.length());
        int commentStart = rest.indexOf(COMMENT_START);
        String outcome = commentStart < 0 ? rest : rest.substring(0, commentStart);
        String comment = commentStart < 0 ? "" : rest.substring(commentStart);
        String taskName = messages.getMessage("work.taskName." + key.get(), null, name,
                LocaleContextHolder.getLocale());
        return messages.getMessage("work.timeline.taskCompleted", new Object[] {taskName,
                labels.outcome(key.get(), outcome.strip())}, taskName + NAME_END + outcome,
                LocaleContextHolder.getLocale()) + comment;
    }

    private Optional<String> taskKey(String name) {
        if (!read) {
            readDeployedTasks();
        }
        return Optional.ofNullable(taskKeys.get(name));
    }

    private synchronized void readDeployedTasks() {
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                if (task.getName() != null) {
                    taskKeys.putIfAbsent(task.getName(), task.getId());
                }
            }
        }
        read = true;
    }
}
