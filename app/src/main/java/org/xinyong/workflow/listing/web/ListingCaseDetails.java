package org.xinyong.workflow.listing.web;

import java.time.LocalDateTime;
import java.util.List;

import org.xinyong.workflow.listing.ListingCaseViews.CaseView;
import org.xinyong.workflow.work.web.DeadlineRow;
import org.xinyong.workflow.work.web.DocumentRow;
import org.xinyong.workflow.work.web.TimelineRow;

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



    public record StatementRow(String kind, String text, String filedBy, LocalDateTime filedAt) {
    }
}
