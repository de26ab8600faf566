package org.xinyong.workflow.work.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.xinyong.workflow.listing.ListingCaseViews.CaseView;

/**
 * A listing case as the task and case pages show it: the case view of the API with the measures' titles, the
 * department's name, dates in the legal time zone and people's display names.
 */
public record ListingCaseDetails(CaseView view, String caseRef, String departmentName, LocalDateTime recordedAt,
                                 String recordedByName, List<MeasureRow> measures, List<DeadlineRow> deadlines,
                                 List<DocumentRow> documents, List<StatementRow> statements,
                                 List<TimelineRow> timeline) {

    /** A proposed measure; {@code title} is the code itself when the catalogue no longer has it. */
    public record MeasureRow(String code, String title, boolean mandatory) {
    }

    /**
     * {@code kind} and {@code status} are the enum names (labels {@code deadline.kind.*}, {@code deadline.status.*});
     * {@code daysLeft} counts the days from today to the last day (0 on the last day) while the period runs.
     */
    public record DeadlineRow(String kind, LocalDate lastDay, boolean overdue, long daysOverdue, long daysLeft,
                              boolean paused, String status) {

        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    public record DocumentRow(long id, String kind, String title, LocalDateTime issuedAt) {
    }

    public record StatementRow(String kind, String text, String filedBy, LocalDateTime filedAt) {
    }

    /** {@code action} is the audit action name (label {@code work.audit.<action>}). */
    public record TimelineRow(LocalDateTime at, String actor, String action, String detail) {
    }
}
