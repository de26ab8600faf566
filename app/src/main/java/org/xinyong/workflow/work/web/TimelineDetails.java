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
 * ({@link WorkMessages#outcome(String, String)}), the caseworker's comment as written. The audit log keeps the entry as
 * recorded. Other entries are shown as they are.
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

    public TimelineDetails(RepositoryService repository, MessageSource messages, WorkMessages labels) {
        this.repository = repository;
        this.messages = messages;
        this.labels = labels;
    }

    public String of(String action, String detail) {
        if (!AuditAction.TASK_COMPLETED.name().equals(action) || detail == null) {
            return detail;
        }
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
