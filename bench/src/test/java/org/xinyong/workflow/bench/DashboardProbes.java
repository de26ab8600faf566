package org.xinyong.workflow.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.dashboard.DashboardFilter;
import org.xinyong.workflow.dashboard.DashboardQueries;

/**
 * Each query of the supervisor dashboard ({@code dashboard/Dashboard}), unfiltered, as the page asks for it: the
 * 3- and 7-day windows, overdue tasks and deadlines, the last twelve months of compliance, punctuality and listings.
 */
@Component
class DashboardProbes implements BenchProbes {

    private static final double TARGET_P95_MILLIS = 100;
    private static final int MONTHS = 12;

    private final DashboardQueries queries;
    private final BusinessClock clock;

    DashboardProbes(DashboardQueries queries, BusinessClock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public List<Probe> probes() {
        DashboardFilter all = DashboardFilter.NONE;
        Instant now = clock.now();
        ZoneId zone = ZoneId.systemDefault();
        YearMonth first = YearMonth.from(now.atZone(zone)).minusMonths(MONTHS - 1L);
        Instant since = first.atDay(1).atStartOfDay(zone).toInstant();
        Map<YearMonth, Instant> ends = new LinkedHashMap<>();
        for (int month = 0; month < MONTHS; month++) {
            Instant end = first.plusMonths(month + 1L).atDay(1).atStartOfDay(zone).toInstant();
            ends.put(first.plusMonths(month), end.isAfter(now) ? now : end);
        }
        return List.of(
                probe("dashboard: open cases by lifecycle, stage, department", () -> queries.openCases(all)),
                probe("dashboard: tasks due within 7 days",
                        () -> queries.tasksDue(now, now.plus(Duration.ofDays(7)), all)),
                probe("dashboard: count of tasks due within 3 days",
                        () -> queries.countTasksDue(now, now.plus(Duration.ofDays(3)), all)),
                probe("dashboard: overdue tasks", () -> queries.tasksDue(null, now, all)),
                probe("dashboard: overdue deadlines", () -> queries.overdueDeadlines(now, all)),
                probe("dashboard: count of overdue deadlines", () -> queries.countOverdueDeadlines(now, all)),
                probe("dashboard: task punctuality, 12 months", () -> queries.taskPunctuality(since, all)),
                probe("dashboard: objection compliance, 12 months",
                        () -> queries.objectionCompliance(now, since, all)),
                probe("dashboard: repair durations per department", () -> queries.repairDurations(all, true)),
                probe("dashboard: listings per month, 12 months", () -> queries.listingsByMonth(ends, all)));
    }

    private static Probe probe(String name, Runnable query) {
        return new Probe(name, query, TARGET_P95_MILLIS);
    }
}
