package org.xinyong.workflow.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.dashboard.DashboardView.RepairLine;

/**
 * Every table of the dashboard as a CSV file ({@code /dashboard/<name>.csv}), with the page's filters and headers in
 * the reader's language (Chinese by default). Each file runs only its own query.
 */
@Component
public class DashboardTables {

    /** The tables, by the name in their file name. */
    public static final List<String> NAMES = List.of("open-cases", "due-tasks", "overdue-tasks", "overdue-deadlines",
            "task-punctuality", "objection-compliance", "repair-durations", "listings");

    private final Dashboard dashboard;

    public DashboardTables(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    public Optional<CsvTable> table(String name, DashboardFilter filter, Locale locale) {
        DashboardLabels labels = dashboard.labels(locale);
        CsvTable table = switch (name) {
            case "open-cases" -> new CsvTable(name,
                    headers(labels, "lifecycle", "stage", "department", "count"),
                    dashboard.openCases(filter, labels).stream().map(line -> List.<Object>of(line.caseTypeLabel(),
                            line.stageLabel(), line.departmentName(), line.count())).toList());
            case "due-tasks" -> new CsvTable(name,
                    headers(labels, "lifecycle", "case", "department", "task", "lastDay", "daysLeft", "within3"),
                    dashboard.dueTasks(filter, labels, false).stream().map(line -> List.<Object>of(
                            line.caseTypeLabel(), line.caseRef(), line.departmentName(), line.taskName(),
                            line.lastDay(), line.days(), labels.get(line.within3() ? "dashboard.yes" : "dashboard.no")))
                            .toList());
            case "overdue-tasks" -> new CsvTable(name,
                    headers(labels, "lifecycle", "case", "department", "task", "lastDay", "daysOver"),
                    dashboard.overdueTasks(filter, labels, false).stream().map(line -> List.<Object>of(
                            line.caseTypeLabel(), line.caseRef(), line.departmentName(), line.taskName(),
                            line.lastDay(), line.days())).toList());
            case "overdue-deadlines" -> new CsvTable(name,
                    headers(labels, "lifecycle", "case", "department", "deadline", "lastDay", "daysOver"),
                    dashboard.overdueDeadlines(filter, labels, false).stream().map(line -> List.<Object>of(
                            line.caseTypeLabel(), line.caseRef(), line.departmentName(), line.kindLabel(),
                            line.lastDay(), line.daysOver())).toList());
            case "task-punctuality" -> new CsvTable(name,
                    headers(labels, "department", "month", "finished", "late", "latePercent"),
                    dashboard.punctuality(filter, labels).stream().map(line -> Arrays.<Object>asList(
                            line.departmentName(), line.month(), line.finished(), line.late(), line.latePercent()))
                            .toList());
            case "objection-compliance" -> new CsvTable(name,
                    headers(labels, "department", "month", "due", "onTime", "share"),
                    dashboard.compliance(filter, labels).stream().map(line -> Arrays.<Object>asList(
                            line.departmentName(), line.month(), line.due(), line.onTime(), line.sharePercent()))
                            .toList());
            case "repair-durations" -> new CsvTable(name,
                    headers(labels, "department", "decided", "approved", "averageDays", "medianDays", "maxDays"),
                    Stream.concat(dashboard.repairs(filter, labels, true).stream(),
                                    dashboard.repairs(filter, labels, false).stream())
                            .map(DashboardTables::repairRow).toList());
            case "listings" -> new CsvTable(name,
                    headers(labels, "month", "active", "suspended", "removed", "revoked"),
                    dashboard.listings(filter).stream().map(line -> List.<Object>of(line.month(), line.active(),
                            line.suspended(), line.removed(), line.revoked())).toList());
            default -> null;
        };
        return Optional.ofNullable(table);
    }

    private static List<Object> repairRow(RepairLine line) {
        return List.of(line.departmentName(), line.decided(), line.approved(), line.averageDays(), line.medianDays(),
                line.maxDays());
    }

    private static List<String> headers(DashboardLabels labels, String... columns) {
        return Arrays.stream(columns).map(column -> labels.get("dashboard.column." + column)).toList();
    }
}
