package org.xinyong.workflow.work.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.xinyong.workflow.work.CaseTasks.TaskView;

/**
 * The checks every task form makes before a task is completed: an outcome the task offers, the reasons for a
 * negative outcome, the months of an extension, and the caseworker's confirmation.
 */
@Component
public class TaskFormRules {

    /**
     * Outcomes that refuse or end something must give their reasons: a refusal states its reason (seed004 §三(三)7;
     * DOMAIN Lifecycle B.2), and a case sent back or dropped says why in its record. Every outcome of an objection's
     * verification is answered in writing with its reasons (seed004 §三(三)7; DOMAIN Lifecycle B.5: the reply
     * document quotes them).
     */
    public static final Set<String> REASON_REQUIRED = Set.of("reject", "drop", "refuse", "fail", "revoke", "correct",
            "uphold");

    /** The outcome that extends a repair's rectification period, and by how many months (DOMAIN Lifecycle C.4). */
    public static final String EXTEND = "extend";
    public static final int MIN_EXTEND_MONTHS = 1;
    public static final int MAX_EXTEND_MONTHS = 12;

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
            errors.rejectValue("comment", "work.task.comment.required",
                    new Object[] {messages.outcome(task.taskKey(), outcome)}, null);
        }
        if (comment.length() > MAX_COMMENT) {
            errors.rejectValue("comment", "work.task.comment.tooLong", new Object[] {MAX_COMMENT}, null);
        }
        if (EXTEND.equals(outcome) && task.outcomes().contains(EXTEND) && extendMonths(form) == null) {
            errors.rejectValue("extendMonths", "work.task.extendMonths.invalid",
                    new Object[] {MIN_EXTEND_MONTHS, MAX_EXTEND_MONTHS}, null);
        }
        if (!form.isConfirmed()) {
            errors.rejectValue("confirmed", "work.task.confirm.required");
        }
    }

    /**
     * The further fields the form hands to the task's completion ({@code CaseTasks.complete} keeps them as
     * {@code <taskKey><Field>} variables): the months of an extension. Call after {@link #check} found no errors.
     */
    public Map<String, Object> fields(TaskForm form) {
        if (EXTEND.equals(form.getOutcome())) {
            Integer months = extendMonths(form);
            return months == null ? Map.of() : Map.of("extendMonths", months);
        }
        return Map.of();
    }

    /** The months of an extension, or {@code null} when they are missing, not a whole number or out of range. */
    static Integer extendMonths(TaskForm form) {
        String typed = form.getExtendMonths() == null ? "" : form.getExtendMonths().trim();
        try {
            int months = Integer.parseInt(typed);
            return months >= MIN_EXTEND_MONTHS && months <= MAX_EXTEND_MONTHS ? months : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The task's outcomes that need a reason, for the page's hint (comma-separated, read by work.js). */
    public String reasonOutcomes(TaskView task) {
        List<String> needed = task.outcomes().stream().filter(REASON_REQUIRED::contains).toList();
        return String.join(",", needed);
    }
}
