package org.xinyong.workflow.work.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.xinyong.workflow.cases.CaseType;

/**
 * A task as the workspace shows it.
 *
 * @param caseLink     the case page, or {@code null} when the case type has none yet
 * @param lastDay      last day of the task's deadline, {@code null} when it has none
 * @param daysOverdue  whole days past the last day (0 unless {@code overdue})
 * @param dueSoon      the last day is within {@link TaskRows#DUE_SOON_DAYS} days
 * @param assigneeName display name of the user holding the task, {@code null} when unclaimed
 * @param mine         the signed-in user holds the task
 */
public record TaskRow(String id, String name, String taskKey, CaseType caseType, String caseId, String caseRef,
                      String caseLink, String subjectCode, String subjectName, LocalDate lastDay, boolean overdue,
                      long daysOverdue, boolean dueSoon, String assignee, String assigneeName, boolean mine,
                      LocalDateTime createdAt) {

    public boolean claimed() {
        return assignee != null;
    }
}
