package org.xinyong.workflow.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.dashboard.DashboardQueries.CaseTask;
import org.xinyong.workflow.dashboard.DashboardQueries.RepairDurations;
import org.xinyong.workflow.dashboard.DashboardView.ComplianceLine;
import org.xinyong.workflow.dashboard.DashboardView.DeadlineLine;
import org.xinyong.workflow.dashboard.DashboardView.ListingLine;
import org.xinyong.workflow.dashboard.DashboardView.OpenCaseLine;
import org.xinyong.workflow.dashboard.DashboardView.PunctualityLine;
import org.xinyong.workflow.dashboard.DashboardView.Option;
import org.xinyong.workflow.dashboard.DashboardView.RepairLine;
import org.xinyong.workflow.dashboard.DashboardView.Summary;
import org.xinyong.workflow.dashboard.DashboardView.TaskLine;
import org.xinyong.workflow.cases.CaseKinds;
import org.xinyong.workflow.listing.RecordCounts;
import org.xinyong.workflow.reference.DepartmentKind;
import org.xinyong.workflow.reference.Departments;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.cases.CaseRef;
import org.xinyong.workflow.cases.CaseRef;
import org.xinyong.workflow.calendar.WorkDates;

/**
 * The supervisor dashboard (issue 6): the numbers of {@link DashboardQueries} as the page and the CSV files show them,
 * as of the business clock's now. Days are counted as the workspace counts them ({@link WorkDates}): the last day of a
 * period counts in full.
 */
@Service
public class Dashboard {

    /** "Due soon" windows of the dashboard: tasks whose last day is within 3 and within 7 days. */
    static final int SOON_DAYS = 3;
    static final int WEEK_DAYS = 7;
    /** Months the monthly tables and charts cover, the current one included. */
    static final int MONTHS = 12;

    private final DashboardQueries queries;
    private final Departments departments;
    private final WorkDates dates;
    private final BusinessClock clock;
    private final MessageSource messages;
    private final CaseKinds kinds;
    private final RecordCounts records;

    public Dashboard(DashboardQueries queries, Departments departments, WorkDates dates, BusinessClock clock,
                     MessageSource messages, CaseKinds kinds, RecordCounts records) {
        this.records = records;
        this.queries = queries;
        this.departments = departments;
        this.dates = dates;
        this.clock = clock;
        this.messages = messages;
        this.kinds = kinds;
    }

    /** The words of the dashboard in {@code locale}. */
    DashboardLabels labels(Locale locale) {
        return new DashboardLabels(messages, locale, departments.all(), kinds);
    }

    public DashboardView view(DashboardFilter filter, CurrentUser reader, Locale locale) {
        DashboardLabels labels = labels(locale);
        boolean links = mayOpenCases(reader);
        List<Option> departmentOptions = departments.ofKind(DepartmentKind.IDENTIFYING).stream()
                .map(department -> new Option(department.code(), department.name(locale))).toList();
        List<Option> lifecycles = kinds.all().stream()
                .map(kind -> new Option(kind.type().name(), labels.caseType(kind.type()))).toList();
        List<RepairLine> repairTotal = repairs(filter, labels, false);
        return new DashboardView(filter, dates.local(clock.now()), links, departmentOptions, lifecycles,
                summary(filter), openCases(filter, labels), dueTasks(filter, labels, links),
                overdueTasks(filter, labels, links), overdueDeadlines(filter, labels, links),
                punctuality(filter, labels), compliance(filter, labels), repairs(filter, labels, true),
                repairTotal.isEmpty() ? null : repairTotal.get(0), listings(filter), records(filter, locale));
    }

    /** Records of the listing lifecycle only: another lifecycle chosen shows none. */
    List<DashboardView.RecordLine> records(DashboardFilter filter, Locale locale) {
        if (filter.lifecycle() != null && filter.lifecycle() != org.xinyong.workflow.cases.CaseType.LISTING) {
            return List.of();
        }
        return records.bySeverityAndHandling(filter.department()).stream()
                .map(line -> new DashboardView.RecordLine(line.severity().name(),
                        messages.getMessage("listing.severity." + line.severity(), null, line.severity().name(), locale),
                        line.handling().name(), messages.getMessage("listing.handling." + line.handling(), null,
                                line.handling().name(), locale), line.count()))
                .toList();
    }

    /** The charts' data (the same numbers as the tables of {@link #view}), without the lists of tasks and deadlines. */
    public Map<String, DashboardCharts.Chart> charts(DashboardFilter filter, Locale locale) {
        DashboardLabels labels = labels(locale);
        return DashboardCharts.of(openCases(filter, labels), compliance(filter, labels), listings(filter),
                repairs(filter, labels, true), months(), labels);
    }

    /** Staff and supervisors may open case pages (security.SecurityConfig); others see the case id only. */
    static boolean mayOpenCases(CurrentUser reader) {
        return reader != null && (reader.isStaff() || reader.isSupervisor());
    }

    public Summary summary(DashboardFilter filter) {
        Instant now = clock.now();
        LocalDate today = dates.today();
        return new Summary(
                queries.countTasksDue(now, dates.endOf(today.plusDays(SOON_DAYS)), filter),
                queries.countTasksDue(now, dates.endOf(today.plusDays(WEEK_DAYS)), filter),
                queries.countTasksDue(null, now, filter),
                queries.countOverdueDeadlines(now, filter));
    }

    List<OpenCaseLine> openCases(DashboardFilter filter, DashboardLabels labels) {
        return queries.openCases(filter).stream()
                .map(row -> new OpenCaseLine(row.caseType(), labels.caseType(row.caseType()), row.stage(),
                        labels.stage(row.caseType(), row.stage()), row.department(),
                        labels.department(row.department()), row.count()))
                .toList();
    }

    /** Open tasks whose last day is today or within the next 7 days, soonest first. */
    List<TaskLine> dueTasks(DashboardFilter filter, DashboardLabels labels, boolean links) {
        Instant now = clock.now();
        LocalDate soon = dates.today().plusDays(SOON_DAYS);
        return queries.tasksDue(now, dates.endOf(dates.today().plusDays(WEEK_DAYS)), filter).stream()
                .map(task -> taskLine(task, labels, links, dates.daysLeft(task.dueAt()),
                        !dates.lastDay(task.dueAt()).isAfter(soon)))
                .toList();
    }

    /** Open tasks past their due instant, longest overdue first. */
    List<TaskLine> overdueTasks(DashboardFilter filter, DashboardLabels labels, boolean links) {
        return queries.tasksDue(null, clock.now(), filter).stream()
                .map(task -> taskLine(task, labels, links, dates.daysOverdue(task.dueAt()), true))
                .toList();
    }

    List<DeadlineLine> overdueDeadlines(DashboardFilter filter, DashboardLabels labels, boolean links) {
        return queries.overdueDeadlines(clock.now(), filter).stream()
                .map(deadline -> new DeadlineLine(deadline.caseType(), labels.caseType(deadline.caseType()),
                        deadline.caseId(), new CaseRef(deadline.caseType(), deadline.caseId()).businessKey(),
                        deadline.department(), labels.department(deadline.department()),
                        labels.deadlineKind(deadline.kind()), dates.lastDay(deadline.dueAt()),
                        dates.daysOverdue(deadline.dueAt()),
                        links ? new CaseRef(deadline.caseType(), deadline.caseId()).page() : null))
                .toList();
    }

    /** Tasks completed in each of the last months, and how many late (the engine's history). */
    List<PunctualityLine> punctuality(DashboardFilter filter, DashboardLabels labels) {
        return queries.taskPunctuality(monthStart(months().get(0)), filter).stream()
                .map(row -> new PunctualityLine(row.department(), labels.department(row.department()), row.month(),
                        row.finished(), row.late(), percent(row.late(), row.finished())))
                .toList();
    }

    List<ComplianceLine> compliance(DashboardFilter filter, DashboardLabels labels) {
        List<YearMonth> months = months();
        return queries.objectionCompliance(clock.now(), monthStart(months.get(0)), filter).stream()
                .map(row -> new ComplianceLine(row.department(), labels.department(row.department()), row.month(),
                        row.due(), row.onTime(), percent(row.onTime(), row.due())))
                .toList();
    }

    List<RepairLine> repairs(DashboardFilter filter, DashboardLabels labels, boolean perDepartment) {
        return queries.repairDurations(filter, perDepartment).stream()
                .map(row -> repairLine(row, labels))
                .toList();
    }

    List<ListingLine> listings(DashboardFilter filter) {
        Map<YearMonth, Instant> ends = new LinkedHashMap<>();
        Instant now = clock.now();
        for (YearMonth month : months()) {
            Instant end = monthStart(month.plusMonths(1));
            ends.put(month, end.isAfter(now) ? now : end);
        }
        return queries.listingsByMonth(ends, filter).stream()
                .map(row -> new ListingLine(row.month(), row.active(), row.suspended(), row.removed(), row.revoked()))
                .toList();
    }

    /** The last {@link #MONTHS} months, oldest first, in the zone timestamps are stored in (see DashboardQueries). */
    List<YearMonth> months() {
        YearMonth current = YearMonth.from(clock.now().atZone(ZoneId.systemDefault()));
        return IntStream.range(0, MONTHS)
                .mapToObj(back -> current.minusMonths(MONTHS - 1L - back)).toList();
    }

    private static Instant monthStart(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    private TaskLine taskLine(CaseTask task, DashboardLabels labels, boolean links, long days, boolean within3) {
        String caseId = String.valueOf(task.caseId());
        return new TaskLine(task.caseType(), labels.caseType(task.caseType()), caseId,
                new CaseRef(task.caseType(), caseId).businessKey(), task.department(),
                labels.department(task.department()), labels.taskName(task.taskKey(), task.taskName()),
                dates.lastDay(task.dueAt()), days, within3,
                links ? new CaseRef(task.caseType(), caseId).page() : null);
    }

    private static RepairLine repairLine(RepairDurations row, DashboardLabels labels) {
        return new RepairLine(row.department(), labels.department(row.department()), row.decided(), row.approved(),
                oneDecimal(row.averageDays()), oneDecimal(row.medianDays()), oneDecimal(row.maxDays()));
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : oneDecimal(100.0 * part / whole);
    }

    static double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
