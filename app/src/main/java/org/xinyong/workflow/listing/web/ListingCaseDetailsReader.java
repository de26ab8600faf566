package org.xinyong.workflow.listing.web;

import org.xinyong.workflow.work.web.TaskRows;
import org.xinyong.workflow.work.web.TimelineDetails;
import org.xinyong.workflow.calendar.WorkDates;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.work.web.CaseParts;
import org.xinyong.workflow.listing.ListingCase;
import org.xinyong.workflow.listing.ListingCaseViews;
import org.xinyong.workflow.listing.ListingCaseViews.CaseView;
import org.xinyong.workflow.listing.ListingStatements;
import org.xinyong.workflow.reference.Departments;
import org.xinyong.workflow.reference.MeasureCatalogue;
import org.xinyong.workflow.work.web.DeadlineRow;
import org.xinyong.workflow.work.web.DocumentRow;
import org.xinyong.workflow.listing.web.ListingCaseDetails.MeasureRow;
import org.xinyong.workflow.listing.web.ListingCaseDetails.StatementRow;
import org.xinyong.workflow.work.web.TimelineRow;

/**
 * Reads what the task and case pages show of a listing case. The caller has obtained the case through
 * {@code ListingCases.view}, which checks access and logs the view.
 */
@Component
public class ListingCaseDetailsReader {

    private final ListingCaseViews views;
    private final ListingStatements statements;
    private final MeasureCatalogue measures;
    private final Departments departments;
    private final TaskRows rows;
    private final WorkDates dates;
    private final TimelineDetails details;

    public ListingCaseDetailsReader(ListingCaseViews views, ListingStatements statements, MeasureCatalogue measures,
                                    Departments departments, TaskRows rows, WorkDates dates,
                                    TimelineDetails details) {
        this.views = views;
        this.statements = statements;
        this.measures = measures;
        this.departments = departments;
        this.rows = rows;
        this.dates = dates;
        this.details = details;
    }

    public ListingCaseDetails of(ListingCase listingCase) {
        CaseView view = views.of(listingCase);
        var locale = LocaleContextHolder.getLocale();
        List<MeasureRow> measureRows = view.measures().stream()
                .map(code -> measures.find(code)
                        .map(measure -> new MeasureRow(code, measure.title(locale), measure.mandatory()))
                        .orElse(new MeasureRow(code, code, false)))
                .toList();
        List<DeadlineRow> deadlineRows = view.deadlines().stream()
                .map(deadline -> new DeadlineRow(deadline.kind(), deadline.lastDay(), deadline.overdue(),
                        deadline.overdue() ? dates.daysOverdue(deadline.dueAt()) : 0,
                        dates.daysLeft(deadline.dueAt()), deadline.paused(), deadline.status()))
                .toList();
        List<DocumentRow> documentRows = view.documents().stream()
                .map(document -> new DocumentRow(document.id(), document.kind(), document.title(),
                        dates.local(document.issuedAt()),
                        document.servedAt() == null ? null : dates.local(document.servedAt()),
                        document.serviceMethod(), document.addressedToSubject()))
                .toList();
        List<StatementRow> statementRows = statements.ofCase(listingCase.id()).stream()
                .map(statement -> new StatementRow(statement.kind().name(), statement.text(),
                        rows.displayName(statement.filedBy()), dates.local(statement.filedAt())))
                .toList();
        // the audit trail answers newest first; the timeline reads in the order things were written
        List<ListingCaseViews.HistoryEntry> oldestFirst = new ArrayList<>(view.history());
        Collections.reverse(oldestFirst);
        List<TimelineRow> timeline = oldestFirst.stream()
                .filter(entry -> !CaseParts.NOT_IN_TIMELINE.contains(entry.action()))
                .map(entry -> new TimelineRow(dates.local(entry.at()), rows.displayName(entry.actor()),
                        entry.action(), details.of(entry.action(), entry.detail(),
                                org.xinyong.workflow.cases.CaseType.LISTING)))
                .toList();
        String departmentName = departments.find(listingCase.departmentCode())
                .map(department -> department.name(locale)).orElse(listingCase.departmentCode());
        return new ListingCaseDetails(view, listingCase.businessKey(), departmentName,
                dates.local(listingCase.recordedAt()), rows.displayName(listingCase.recordedBy()), measureRows,
                deadlineRows, documentRows, statementRows, timeline);
    }
}
