package org.xinyong.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.xinyong.workflow.cases.CaseKinds;
import org.springframework.context.support.StaticMessageSource;
import org.xinyong.workflow.dashboard.DashboardCharts.Chart;
import org.xinyong.workflow.dashboard.DashboardView.ComplianceLine;
import org.xinyong.workflow.dashboard.DashboardView.OpenCaseLine;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.reference.Department;
import org.xinyong.workflow.reference.DepartmentKind;

class DashboardChartsTest {

    private final DashboardLabels labels = labels();

    @Test
    void openCasesAreSummedPerDepartmentWithOneSeriesPerLifecycle() {
        List<OpenCaseLine> lines = List.of(
                new OpenCaseLine(CaseType.LISTING, "", "UNDER_REVIEW", "", "tax", "", 2),
                new OpenCaseLine(CaseType.LISTING, "", "LISTED", "", "tax", "", 3),
                new OpenCaseLine(CaseType.OBJECTION, "", "VERIFYING", "", "amr", "", 1),
                new OpenCaseLine(CaseType.REPAIR, "", "APPLIED", "", "tax", "", 4));

        Chart chart = DashboardCharts.openCases(lines, labels);

        assertThat(chart.labels()).containsExactly("市场监督管理局", "税务局");
        assertThat(chart.stacked()).isTrue();
        assertThat(chart.datasets()).extracting(DashboardCharts.Series::label)
                .containsExactly("名单认定", "异议处理", "信用修复");
        assertThat(chart.datasets()).extracting(DashboardCharts.Series::data).containsExactly(
                List.of(0L, 5L), List.of(1L, 0L), List.of(0L, 4L));
    }

    @Test
    void complianceIsTheOnTimeShareOverEveryDepartmentPerMonthWithGapsForMonthsWithoutObjectionsDue() {
        List<YearMonth> months = List.of(YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6));
        List<ComplianceLine> lines = List.of(
                new ComplianceLine("amr", "", YearMonth.of(2026, 4), 3, 3, 100.0),
                new ComplianceLine("tax", "", YearMonth.of(2026, 4), 1, 0, 0.0),
                new ComplianceLine("amr", "", YearMonth.of(2026, 6), 3, 2, 66.7));

        Chart chart = DashboardCharts.compliance(lines, months, labels);

        assertThat(chart.labels()).containsExactly("2026-04", "2026-05", "2026-06");
        assertThat(chart.yMax()).as("a share in per cent").isEqualTo(100);
        assertThat(chart.datasets().get(0).data()).isEqualTo(Arrays.asList(75.0, null, 66.7));
    }

    /** Issue 19.7: count axes stepped by 0.1, and an empty chart was a blank frame. */
    @Test
    void countChartsStepByWholeNumbersAndSayWhenTheyAreEmpty() {
        Chart some = DashboardCharts.openCases(List.of(
                new OpenCaseLine(CaseType.LISTING, "", "UNDER_REVIEW", "", "tax", "", 1)), labels);
        Chart none = DashboardCharts.openCases(List.of(), labels);
        Chart zeros = DashboardCharts.openCases(List.of(
                new OpenCaseLine(CaseType.LISTING, "", "UNDER_REVIEW", "", "tax", "", 0)), labels);

        assertThat(some.wholeNumbers()).isTrue();
        assertThat(some.empty()).isFalse();
        assertThat(none.empty()).isTrue();
        assertThat(zeros.empty()).as("only zeros: nothing to draw").isTrue();
        assertThat(DashboardCharts.listings(List.of(), labels).empty()).isTrue();
        assertThat(DashboardCharts.repairs(List.of(), labels).empty()).isTrue();
        assertThat(DashboardCharts.repairs(List.of(), labels).wholeNumbers()).isTrue();
    }

    @Test
    void aShareOfNoughtPerCentIsDataButMonthsWithoutObjectionsDueAreNot() {
        List<YearMonth> months = List.of(YearMonth.of(2026, 4));

        Chart late = DashboardCharts.compliance(
                List.of(new ComplianceLine("amr", "", YearMonth.of(2026, 4), 2, 0, 0.0)), months, labels);
        Chart nothingDue = DashboardCharts.compliance(List.of(), months, labels);

        assertThat(late.empty()).isFalse();
        assertThat(late.datasets().get(0).data()).containsExactly(0.0);
        assertThat(nothingDue.empty()).isTrue();
    }

    private static DashboardLabels labels() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("work.caseType.LISTING", Locale.CHINA, "名单认定");
        messages.addMessage("work.caseType.OBJECTION", Locale.CHINA, "异议处理");
        messages.addMessage("work.caseType.REPAIR", Locale.CHINA, "信用修复");
        return new DashboardLabels(messages, Locale.CHINA, List.of(
                new Department("amr", "市场监督管理局", "Market regulation", DepartmentKind.IDENTIFYING),
                new Department("tax", "税务局", "Tax", DepartmentKind.IDENTIFYING)), new CaseKinds(List.of()));
    }
}
