package org.xinyong.workflow.work.web;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.xinyong.workflow.work.CaseTasks.TaskView;

/**
 * The checks every task form makes before a task is completed: an outcome the task offers, the reasons for a
 * negative outcome, and the caseworker's confirmation.
 */
@Component
public class TaskFormRules {

    /**
     * Outcomes that refuse or end something must give their reasons: a refusal states its reason (seed004 §三(三)7;
     * DOMAIN Lifecycle B.2), and a case sent back or dropped says why in its record.
     */
    public static final Set<String> REASON_REQUIRED = Set.of("reject", "drop", "refuse", "fail");

    public static final int MAX_COMMENT = 2000;

    private final WorkMessages messages;

    public TaskFormRules(WorkMessages messages) {
        this.messages = messages;
    }

    public void check(TaskView task, TaskForm form, Errors errors) {
        String outcome = form.getOutcome();
        String comment = form.getComment() == null ? "" : form.getComment().trim();
        if (outcome == null || !task.outcomes().contains(outcome)) {
            errors.rejectValue("outcome", "work.task.outcome.required");
        } else if (REASON_REQUIRED.contains(outcome) && comment.isEmpty()) {
            errors.rejectValue("comment", "work.task.comment.required", new Object[] {messages.outcome(outcome)},
                    null);
        }
        if (comment.length() > MAX_COMMENT) {
            errors.rejectValue("comment", "work.task.comment.tooLong", new Object[] {MAX_COMMENT}, null);
        }
        if (!form.isConfirmed()) {
            errors.rejectValue("confirmed", "work.task.confirm.required");
        }
    }

    /** The task's outcomes that need a reason, for the page's hint (comma-separated, read by work.js). */
    public String reasonOutcomes(TaskView task) {
        List<String> needed = task.outcomes().stream().filter(REASON_REQUIRED::contains).toList();
        return String.join(",", needed);
    }
}
