package org.xinyong.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.dashboard.DashboardFixture.Seeded;
import org.xinyong.workflow.dashboard.DashboardView.ComplianceLine;
import org.xinyong.workflow.dashboard.DashboardView.DeadlineLine;
import org.xinyong.workflow.dashboard.DashboardView.ListingLine;
import org.xinyong.workflow.dashboard.DashboardView.OpenCaseLine;
import org.xinyong.workflow.dashboard.DashboardView.PunctualityLine;
import org.xinyong.workflow.dashboard.DashboardView.RepairLine;
import org.xinyong.workflow.dashboard.DashboardView.TaskLine;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.Roles;

/**
 * The dashboard's numbers against the known set of {@link DashboardFixture}, filtered by the fixture's own
 * department, so whatever else the database holds does not count. Run on H2 ({@link DashboardQueriesTest}) and on
 * PostgreSQL ({@link DashboardQueriesPostgresIT}): the SQL is the same on both.
 */
abstract class DashboardNumbersChecks {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final CurrentUser SUPERVISOR = new CurrentUser("supervisor", "监督员", Roles.SUPERVISOR, Set.of(), null, null);
    static final CurrentUser ADMIN = new CurrentUser("admin", "管理员", Roles.ADMIN, Set.of(), null, null);

    @Autowired
    Dashboard dashboard;
    @Autowired
    DashboardTables tables;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    BusinessClock clock;

    DashboardFixture fixture;
    Seeded seeded;
    DashboardFilter department;

    @BeforeEach
    void seed() {
        fixture = new DashboardFixture(jdbc, engine, clock);
        seeded = fixture.seed();
        department = new DashboardFilter(seeded.department(), null);
    }

    @AfterEach
    void cleanUp() {
        fixture.removeProcesses(seeded);
        clock.reset();
    }

    @Test
    void openCasesAreCountedByLifecycleStageAndDepartment() {
        List<OpenCaseLine> lines = dashboard.view(department, SUPERVISOR, CHINESE).openCases();

        assertThat(lines).extracting(OpenCaseLine::caseType, OpenCaseLine::stage, OpenCaseLine::count).containsExactly(
                tuple(CaseType.LISTING, "LISTED", 2L),
                tuple(CaseType.LISTING, "NOTICE_PERIOD", 2L),
                tuple(CaseType.LISTING, "UNDER_REVIEW", 1L),
                tuple(CaseType.OBJECTION, "AWAITING_EVIDENCE", 1L),
                tuple(CaseType.OBJECTION, "VERIFYING", 1L),
                tuple(CaseType.REPAIR, "RECTIFYING", 1L));
        assertThat(lines.get(0).caseTypeLabel()).isEqualTo("名单认定");
        assertThat(lines.get(0).stageLabel()).isEqualTo("已列入名单");
        assertThat(lines.get(0).departmentName()).isEqualTo("看板测试局" + seeded.department());

        List<OpenCaseLine> repairsOnly = dashboard.view(new DashboardFilter(seeded.department(), CaseType.REPAIR),
                SUPERVISOR, CHINESE).openCases();
        assertThat(repairsOnly).extracting(OpenCaseLine::stage, OpenCaseLine::count)
                .containsExactly(tuple("RECTIFYING", 1L));
    }

    @Test
    void tasksDueWithinThreeAndSevenDaysAndOverdueTasksAreCountedFromTheEngineTaskTable() {
        DashboardView view = dashboard.view(department, SUPERVISOR, CHINESE);

        assertThat(view.summary()).isEqualTo(new DashboardView.Summary(1, 2, 2, 2));
        assertThat(view.dueTasks()).extracting(TaskLine::caseRef, TaskLine::lastDay, TaskLine::days,
                        TaskLine::within3, TaskLine::taskName)
                .containsExactly(
                        tuple("LISTING-" + seeded.dueIn2DaysCase(), LocalDate.of(2026, 6, 17), 2L, true,
                                DashboardFixture.TASK_NAME),
                        tuple("LISTING-" + seeded.dueIn6DaysCase(), LocalDate.of(2026, 6, 21), 6L, false,
                                DashboardFixture.TASK_NAME));
        assertThat(view.overdueTasks()).extracting(TaskLine::caseRef, TaskLine::lastDay, TaskLine::days,
                        TaskLine::link)
                .containsExactly(
                        tuple("LISTING-" + seeded.overdue3DaysCase(), LocalDate.of(2026, 6, 12), 3L,
                                "/work/cases/LISTING/" + seeded.overdue3DaysCase()),
                        tuple("OBJECTION-" + seeded.objectionO1(), LocalDate.of(2026, 6, 14), 1L,
                                "/work/cases/OBJECTION/" + seeded.objectionO1()));

        DashboardView listingsOnly = dashboard.view(new DashboardFilter(seeded.department(), CaseType.LISTING),
                SUPERVISOR, CHINESE);
        assertThat(listingsOnly.summary()).isEqualTo(new DashboardView.Summary(1, 2, 1, 1));
    }

    @Test
    void overdueDeadlinesAreOpenTimeLimitsPastDueThatAreNotPaused() {
        List<DeadlineLine> lines = dashboard.view(department, SUPERVISOR, CHINESE).overdueDeadlines();

        // the paused verification (O4), the met statement reply and the publication period (no act) are not overdue
        assertThat(lines).extracting(DeadlineLine::caseRef, DeadlineLine::kindLabel, DeadlineLine::lastDay,
                        DeadlineLine::daysOver)
                .containsExactly(
                        tuple("OBJECTION-" + seeded.objectionO1(), "异议核实期限", LocalDate.of(2026, 5, 30), 16L),
                        tuple("LISTING-" + seeded.statementWindowCase(), "陈述申辩期限", LocalDate.of(2026, 6, 11), 4L));
    }

    @Test
    void readersWhoCannotOpenCasePagesGetNoLinks() {
        DashboardView view = dashboard.view(department, ADMIN, CHINESE);

        assertThat(view.mayOpenCases()).isFalse();
        assertThat(view.overdueTasks()).extracting(TaskLine::link).containsOnlyNulls();
        assertThat(view.overdueDeadlines()).extracting(DeadlineLine::link).containsOnlyNulls();
    }

    @Test
    void completedTasksAreCountedFromTheEngineHistoryLateWhenFinishedAfterTheirDueDate() {
        List<PunctualityLine> lines = dashboard.view(department, SUPERVISOR, CHINESE).punctuality();

        // two fixture tasks completed now (June): one after its last day (06-01), one before it (06-20)
        assertThat(lines).extracting(PunctualityLine::month, PunctualityLine::finished, PunctualityLine::late,
                        PunctualityLine::latePercent)
                .containsExactly(tuple(YearMonth.of(2026, 6), 2L, 1L, 50.0));
        assertThat(dashboard.view(new DashboardFilter(seeded.department(), CaseType.REPAIR), SUPERVISOR, CHINESE)
                .punctuality()).isEmpty();
    }

    @Test
    void objectionComplianceIsTheShareVerifiedWithinTheDeadlinePerDepartmentAndMonthOfReceipt() {
        List<ComplianceLine> lines = dashboard.view(department, SUPERVISOR, CHINESE).compliance();

        // April: O3 verified late; May: O2 on time, O1 still open past due; O4 paused, O5 refused, O6 too old
        assertThat(lines).extracting(ComplianceLine::month, ComplianceLine::due, ComplianceLine::onTime,
                        ComplianceLine::sharePercent)
                .containsExactly(
                        tuple(YearMonth.of(2026, 4), 1L, 0L, 0.0),
                        tuple(YearMonth.of(2026, 5), 2L, 1L, 50.0));
    }

    @Test
    void repairDurationsRunFromApplicationToDecision() {
        DashboardView view = dashboard.view(department, SUPERVISOR, CHINESE);

        // R1 approved after 90 days, R2 rejected after 29.5 days; R3 runs, R4 was refused at review
        assertThat(view.repairs()).extracting(RepairLine::department, RepairLine::decided, RepairLine::approved,
                        RepairLine::averageDays, RepairLine::medianDays, RepairLine::maxDays)
                .containsExactly(tuple(seeded.department(), 2L, 1L, 59.8, 59.8, 90.0));
        assertThat(view.repairTotal()).isEqualTo(
                new RepairLine(null, "全部部门", 2, 1, 59.8, 59.8, 90.0));
    }

    @Test
    void listingsAreCountedByStatusAtEachMonthEnd() {
        List<ListingLine> lines = dashboard.view(department, SUPERVISOR, CHINESE).listings();

        assertThat(lines).hasSize(12);
        assertThat(lines.get(0).month()).isEqualTo(YearMonth.of(2025, 7));
        assertThat(lines.subList(0, 6)).allSatisfy(line -> assertThat(line.total()).isZero());
        assertThat(lines.subList(6, 12)).extracting(ListingLine::month, ListingLine::active, ListingLine::suspended,
                        ListingLine::removed, ListingLine::revoked)
                .containsExactly(
                        tuple(YearMonth.of(2026, 1), 1L, 0L, 0L, 0L),
                        tuple(YearMonth.of(2026, 2), 3L, 0L, 0L, 0L),
                        tuple(YearMonth.of(2026, 3), 4L, 0L, 0L, 0L),
                        tuple(YearMonth.of(2026, 4), 3L, 0L, 1L, 0L),
                        tuple(YearMonth.of(2026, 5), 1L, 1L, 1L, 1L),
                        tuple(YearMonth.of(2026, 6), 1L, 1L, 1L, 1L));
    }

    @Test
    void everyTableExportsAsCsvWithChineseHeadersAndAByteOrderMark() {
        for (String name : DashboardTables.NAMES) {
            CsvTable table = tables.table(name, department, CHINESE).orElseThrow();
            byte[] bytes = table.toBytes();
            assertThat(Arrays.copyOf(bytes, 3)).as(name).containsExactly(0xEF, 0xBB, 0xBF);
            assertThat(table.headers()).as(name).isNotEmpty().noneMatch(header -> header.startsWith("dashboard."));
        }
        CsvTable overdue = tables.table("overdue-deadlines", department, CHINESE).orElseThrow();
        String text = new String(overdue.toBytes(), 3, overdue.toBytes().length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).containsExactly(
                "案件类型,案件,部门,期限,最后一日,超期天数",
                "异议处理,OBJECTION-" + seeded.objectionO1() + ",看板测试局" + seeded.department()
                        + ",异议核实期限,2026-05-30,16",
                "名单认定,LISTING-" + seeded.statementWindowCase() + ",看板测试局" + seeded.department()
                        + ",陈述申辩期限,2026-06-11,4");
        assertThat(tables.table("no-such-table", department, CHINESE)).isEmpty();
    }
}
