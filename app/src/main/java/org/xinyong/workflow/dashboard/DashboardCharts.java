package org.xinyong.workflow.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.xinyong.workflow.dashboard.DashboardView.ComplianceLine;
import org.xinyong.workflow.dashboard.DashboardView.ListingLine;
import org.xinyong.workflow.dashboard.DashboardView.OpenCaseLine;
import org.xinyong.workflow.dashboard.DashboardView.RepairLine;
import org.xinyong.workflow.cases.CaseType;

/**
 * The dashboard's charts as data for Chart.js ({@code /dashboard/data.json}, drawn by {@code static/js/dashboard.js}):
 * the same numbers as the tables, already in the reader's language.
 */
public final class DashboardCharts {

    /**
     * One chart: Chart.js type, stacked axes or not, the y axis's title and top ({@code null}: from the data), the x
     * labels and the series.
     *
     * @param wholeNumbers the y axis steps by whole numbers (counts and days: never 0.1, 0.2, … issue 19.7)
     * @param empty        nothing to draw: the page says "no data" instead of an empty frame
     */
    public record Chart(String type, boolean stacked, String yTitle, Integer yMax, boolean wholeNumbers,
                        boolean empty, List<String> labels, List<Series> datasets) {

        /** A chart of counts or days: whole-number steps; empty when every value is missing or zero. */
        static Chart counts(String type, boolean stacked, String yTitle, List<String> labels, List<Series> datasets) {
            boolean empty = datasets.stream().flatMap(series -> series.data().stream())
                    .allMatch(value -> value == null || value.doubleValue() == 0);
            return new Chart(type, stacked, yTitle, null, true, empty, labels, datasets);
        }

        /** A chart of shares in per cent: 0 % is a value; empty only when no month has one. */
        static Chart shares(String yTitle, List<String> labels, List<Series> datasets) {
            boolean empty = datasets.stream().flatMap(series -> series.data().stream()).allMatch(value -> value == null);
            return new Chart("line", false, yTitle, 100, true, empty, labels, datasets);
        }
    }

    /** One series; a {@code null} value is a gap (e.g. a month without objections due). */
    public record Series(String label, List<Number> data) {
    }

    private DashboardCharts() {
    }

    static Map<String, Chart> of(List<OpenCaseLine> openCases, List<ComplianceLine> compliance,
                                 List<ListingLine> listings, List<RepairLine> repairs, List<YearMonth> months,
                                 DashboardLabels labels) {
        Map<String, Chart> charts = new LinkedHashMap<>();
        charts.put("openCases", openCases(openCases, labels));
        charts.put("compliance", compliance(compliance, months, labels));
        charts.put("listings", listings(listings, labels));
        charts.put("repairs", repairs(repairs, labels));
        return charts;
    }

    /** Open cases per department, one stacked series per lifecycle. */
    static Chart openCases(List<OpenCaseLine> lines, DashboardLabels labels) {
        List<String> departments = lines.stream().map(OpenCaseLine::department).distinct().sorted().toList();
        List<Series> series = new ArrayList<>();
        for (CaseType type : CaseType.values()) {
            List<Number> data = departments.stream().map(department -> (Number) lines.stream()
                    .filter(line -> line.caseType() == type && line.department().equals(department))
                    .mapToLong(OpenCaseLine::count).sum()).toList();
            series.add(new Series(labels.caseType(type), data));
        }
        return Chart.counts("bar", true, labels.get("dashboard.chart.cases"),
                departments.stream().map(labels::department).toList(), series);
    }

    /** The on-time share of objection verification per month over every department shown. */
    static Chart compliance(List<ComplianceLine> lines, List<YearMonth> months, DashboardLabels labels) {
        List<Number> shares = months.stream().map(month -> {
            long due = lines.stream().filter(line -> line.month().equals(month)).mapToLong(ComplianceLine::due).sum();
            long onTime = lines.stream().filter(line -> line.month().equals(month))
                    .mapToLong(ComplianceLine::onTime).sum();
            return (Number) Dashboard.percent(onTime, due);
        }).toList();
        return Chart.shares(labels.get("dashboard.chart.percent"),
                months.stream().map(YearMonth::toString).toList(),
                List.of(new Series(labels.get("dashboard.compliance.share"), shares)));
    }

    /** Listings per month by status, stacked. */
    static Chart listings(List<ListingLine> lines, DashboardLabels labels) {
        return Chart.counts("bar", true, labels.get("dashboard.chart.listings.axis"),
                lines.stream().map(line -> line.month().toString()).toList(),
                List.of(series(lines, labels.get("listing.listingStatus.ACTIVE"), ListingLine::active),
                        series(lines, labels.get("listing.listingStatus.SUSPENDED"), ListingLine::suspended),
                        series(lines, labels.get("listing.listingStatus.REMOVED"), ListingLine::removed),
                        series(lines, labels.get("listing.listingStatus.REVOKED"), ListingLine::revoked)));
    }

    /** Average and median days from application to decision per department. */
    static Chart repairs(List<RepairLine> lines, DashboardLabels labels) {
        return Chart.counts("bar", false, labels.get("dashboard.chart.days"),
                lines.stream().map(RepairLine::departmentName).toList(),
                List.of(new Series(labels.get("dashboard.repairs.average"),
                                lines.stream().map(line -> (Number) line.averageDays()).toList()),
                        new Series(labels.get("dashboard.repairs.median"),
                                lines.stream().map(line -> (Number) line.medianDays()).toList())));
    }

    private static Series series(List<ListingLine> lines, String label, ToLongFunction<ListingLine> value) {
        return new Series(label, lines.stream().map(line -> (Number) value.applyAsLong(line)).toList());
    }
}
