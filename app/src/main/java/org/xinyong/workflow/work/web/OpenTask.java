package org.xinyong.workflow.work.web;

/** An open task of a case, on the case's page; {@code workable} when it is in the signed-in user's task list. */
public record OpenTask(TaskRow task, boolean workable) {
}
