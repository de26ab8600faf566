package org.xinyong.workflow.work.web;

import java.util.regex.Pattern;

import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Finds the form of a user task: {@code forms/<taskKey>.html} (kept in the repository's {@code forms/} folder and
 * packaged to {@code templates/forms/}), each with a fragment {@code form}. A task without its own form gets the
 * generic one ({@code work/task-form :: form}): outcome and comment.
 */
@Component
public class TaskFormTemplates {

    static final String GENERIC = "work/task-form";
    private static final Pattern TASK_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final ResourceLoader resources;

    public TaskFormTemplates(ResourceLoader resources) {
        this.resources = resources;
    }

    /** The template name whose fragment {@code form} renders the task's form. */
    public String of(String taskKey) {
        if (taskKey == null || !TASK_KEY.matcher(taskKey).matches()) {
            return GENERIC;
        }
        String template = "forms/" + taskKey;
        return resources.getResource("classpath:templates/" + template + ".html").exists() ? template : GENERIC;
    }
}
