package org.xinyong.workflow.work.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.xinyong.workflow.work.CaseTasks;
import org.xinyong.workflow.work.CaseTasks.TaskView;
import org.xinyong.workflow.work.TaskRules;
import org.xinyong.workflow.work.TaskRules.OutcomeField;

/**
 * The checks a task form makes before a task is completed, from the rules the task declares in its BPMN
 * ({@link TaskRules}: which outcomes must state their reasons, which fields an outcome takes and their range), so that
 * the form shows each problem at its field; {@link CaseTasks#complete} enforces the same declaration for the API and
 * the pages alike. The form adds only the caseworker's confirmation (completing a task cannot be undone).
 */
@Component
public class TaskFormRules {

    public static final int MAX_COMMENT = CaseTasks.MAX_COMMENT;

    private final WorkMessages messages;

    public TaskFormRules(WorkMessages messages) {
        this.messages = messages;
    }

    public void check(TaskView task, TaskRules rules, TaskForm form, Errors errors) {
        String outcome = form.getOutcome();
        String comment = form.getComment() == null ? "" : form.getComment().trim();
        if (outcome == null || !task.outcomes().contains(outcome)) {
            errors.rejectValue("outcome", "work.task.outcome.required");
        } else if (rules.needsReason(outcome) && comment.isEmpty()) {
            errors.rejectValue("comment", "work.task.comment.required",
                    new Object[] {messages.outcome(task.taskKey(), outcome)}, null);
        }
        if (comment.length() > MAX_COMMENT) {
            errors.rejectValue("comment", "work.task.comment.tooLong", new Object[] {MAX_COMMENT}, null);
        }
        if (outcome != null) {
            for (OutcomeField field : rules.fieldsOf(outcome)) {
                if (wholeNumber(form, field) == null) {
                    errors.rejectValue(field.name(), "work.task." + field.name() + ".invalid",
                            new Object[] {field.min(), field.max()}, null);
                }
            }
        }
        if (!form.isConfirmed()) {
            errors.rejectValue("confirmed", "work.task.confirm.required");
        }
    }

    /**
     * The further fields the form hands to the task's completion: those the chosen outcome declares. Call after
     * {@link #check} found no errors.
     */
    public Map<String, Object> fields(TaskRules rules, TaskForm form) {
        Map<String, Object> fields = new HashMap<>();
        if (form.getOutcome() != null) {
            for (OutcomeField field : rules.fieldsOf(form.getOutcome())) {
                Integer value = wholeNumber(form, field);
                if (value != null) {
                    fields.put(field.name(), value);
                }
            }
            for (TaskRules.TextField field : rules.textsOf(form.getOutcome())) {
                String value = form.getText() == null ? null : form.getText().get(field.name());
                if (value != null && !value.isBlank()) {
                    fields.put(field.name(), value.trim());
                }
            }
        }
        return fields;
    }

    /** The field's value as typed, when it is a whole number in its range; otherwise {@code null}. */
    static Integer wholeNumber(TaskForm form, OutcomeField field) {
        Object typed = new BeanWrapperImpl(form).getPropertyValue(field.name());
        String text = typed == null ? "" : typed.toString().trim();
        try {
            int value = Integer.parseInt(text);
            return field.accepts(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The task's outcomes that need a reason, for the page's hint (comma-separated, read by work.js). */
    public String reasonOutcomes(TaskView task, TaskRules rules) {
        return String.join(",", task.outcomes().stream().filter(rules::needsReason).toList());
    }
}
