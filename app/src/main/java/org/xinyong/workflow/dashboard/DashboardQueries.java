package org.xinyong.workflow.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.xinyong.workflow.cases.CaseKind;
import org.xinyong.workflow.cases.CaseKinds;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.deadline.DeadlineKind;

/**
 * The dashboard's numbers, each one SQL statement over the application's tables ({@code listing_case}, {@code listing},
 * {@code objection}, {@code repair}, {@code deadline}) and the engine's task tables ({@code ACT_RU_TASK}, open tasks;
 * {@code ACT_HI_TASKINST}, completed ones): no loops over engine API calls. Portable SQL for H2 and PostgreSQL; the indexes these statements use are in
 * {@code V1_8__dashboard_indexes.sql}.
 *
 * <p>Timestamps are stored in the JVM's zone (as {@code deadline.DeadlineRepository} and the engine store them), so
 * months are months of the stored local time; instants are passed as {@link Timestamp}s of the same zone.
 */
@Repository
@Transactional(readOnly = true)
public class DashboardQueries {

    /** Most rows a list (tasks, deadlines) returns; the counts above the lists are never cut. */
    static final int MAX_ROWS = 500;

    /** The cases of every kind, joined to the engine by their process instance (CaseKind.table()). */
    private final String cases;

    /** The cases of every kind by the key a deadline names them with ({@code case_type}, {@code case_key}). */
    private final String caseKeys;

    /** Open deadlines past due that are not paused by an open suspension (as {@code DeadlineRepository.overdue}). */
    private static final String OVERDUE_DEADLINE = """
            d.status = 'OPEN' and d.due_at <= :now and d.kind in (:actKinds)
            and not exists (select 1 from deadline_suspension s where s.deadline_id = d.id and s.ended_at is null)""";

    /** Open cases of one lifecycle, stage (status) and department. */
    public record OpenCases(CaseType caseType, String stage, String department, long count) {
    }

    /** An open engine task with a due date, of a case. */
    public record CaseTask(CaseType caseType, long caseId, String department, String taskId, String taskName,
                           String taskKey, Instant dueAt) {
    }

    /** An open deadline past due, of a case. */
    public record OverdueDeadline(long id, CaseType caseType, String caseId, String department, DeadlineKind kind,
                                  Instant dueAt) {
    }

    /**
     * Objections of one department received in one month whose verification period has ended ({@code due}: verified,
     * or still open past due), and how many of them were verified within it ({@code onTime}).
     */
    public record Compliance(String department, YearMonth month, long due, long onTime) {
    }

    /** Credit repairs decided (approved or rejected), with the days from application to decision. */
    public record RepairDurations(String department, long decided, long approved, double averageDays,
                                  double medianDays, double maxDays) {
    }

    /** Tasks of cases of one department completed in one month that had a due date, and how many of them late. */
    public record TaskPunctuality(String department, YearMonth month, long finished, long late) {
    }

    /** Listings by status at the end of a month (or now, for the current month). */
    public record ListingMonth(YearMonth month, long active, long suspended, long removed, long revoked) {
    }

    private final JdbcClient jdbc;

    private final List<CaseKind> kinds;

    public DashboardQueries(JdbcClient jdbc, CaseKinds kinds) {
        this.jdbc = jdbc;
        this.kinds = List.copyOf(kinds.all());
        // table names are constants of the kinds' code, never input
        this.cases = this.kinds.stream()
                .map(kind -> "select '" + kind.type().name() + "' as case_type, id as case_id, department_code,"
                        + " process_instance_id from " + kind.table())
                .collect(Collectors.joining("\n union all "));
        this.caseKeys = this.kinds.stream()
                .map(kind -> "select '" + kind.type().name() + "' as case_type, cast(id as varchar(64)) as case_key,"
                        + " department_code from " + kind.table())
                .collect(Collectors.joining("\n union all "));
    }

    /**
     * Open cases by lifecycle, stage and department: listing cases not yet ended (in procedure or listed), objections
     * not yet decided, repairs running: each kind's {@link CaseKind#openStatuses()}.
     */
    public List<OpenCases> openCases(DashboardFilter filter) {
        Conditions where = new Conditions(filter, "department_code", "case_type");
        // counted per table, each over its (department_code, status) index, then put together: one grouping of the
        // union's rows took three times as long at 100k open cases (bench/RESULTS.md, 2026-11-27)
        StringBuilder counts = new StringBuilder();
        for (int i = 0; i < kinds.size(); i++) {
            CaseKind kind = kinds.get(i);
            counts.append(i == 0 ? "" : "\n  union all ").append("select '").append(kind.type().name())
                    .append("' as case_type, status, department_code, count(*) as n from ").append(kind.table())
                    .append(" where status in (:open").append(i).append(") group by department_code, status");
        }
        String sql = "select case_type, status, department_code, n from (" + counts + ") c where 1 = 1"
                + where.sql() + " order by case_type, status, department_code";
        JdbcClient.StatementSpec statement = where.bind(jdbc.sql(sql));
        for (int i = 0; i < kinds.size(); i++) {
            statement = statement.param("open" + i, List.copyOf(kinds.get(i).openStatuses()));
        }
        return statement
                .query((rs, row) -> new OpenCases(CaseType.valueOf(rs.getString("case_type")), rs.getString("status"),
                        rs.getString("department_code"), rs.getLong("n")))
                .list();
    }

    /** Open tasks of cases due in {@code [from, to)}; {@code from} null for every task due before {@code to}. */
    public List<CaseTask> tasksDue(Instant from, Instant to, DashboardFilter filter) {
        Conditions where = new Conditions(filter, "c.department_code", "c.case_type");
        String sql = "select c.case_type, c.case_id, c.department_code, t.ID_ as task_id, t.NAME_ as task_name,"
                + " t.TASK_DEF_KEY_ as task_key, t.DUE_DATE_ as due_at"
                + " from ACT_RU_TASK t join (" + cases + ") c on c.process_instance_id = t.PROC_INST_ID_"
                + " where t.DUE_DATE_ < :to" + (from == null ? "" : " and t.DUE_DATE_ >= :from") + where.sql()
                + " order by t.DUE_DATE_, c.case_type, c.case_id, t.ID_ fetch first " + MAX_ROWS + " rows only";
        JdbcClient.StatementSpec statement = where.bind(jdbc.sql(sql)).param("to", ts(to));
        if (from != null) {
            statement = statement.param("from", ts(from));
        }
        return statement.query(DashboardQueries::caseTask).list();
    }

    /** How many open tasks of cases are due in {@code [from, to)}; {@code from} null for no lower bound. */
    public long countTasksDue(Instant from, Instant to, DashboardFilter filter) {
        Conditions where = new Conditions(filter, "c.department_code", "c.case_type");
        String sql = "select count(*) from ACT_RU_TASK t join (" + cases + ") c"
                + " on c.process_instance_id = t.PROC_INST_ID_ where t.DUE_DATE_ < :to"
                + (from == null ? "" : " and t.DUE_DATE_ >= :from") + where.sql();
        JdbcClient.StatementSpec statement = where.bind(jdbc.sql(sql)).param("to", ts(to));
        if (from != null) {
            statement = statement.param("from", ts(from));
        }
        return statement.query(Long.class).single();
    }

    /**
     * Open time limits for an act ({@link DeadlineKind#isTimeLimitForAct()}) past due at {@code now} and not paused:
     * periods of status (publication, rectification) end by themselves and are never "overdue".
     */
    public List<OverdueDeadline> overdueDeadlines(Instant now, DashboardFilter filter) {
        Conditions where = new Conditions(filter, "c.department_code", "d.case_type");
        String sql = "select d.id, d.case_type, d.case_id, d.kind, d.due_at, c.department_code from deadline d"
                + " join (" + caseKeys + ") c on c.case_type = d.case_type and c.case_key = d.case_id"
                + " where " + OVERDUE_DEADLINE + where.sql()
                + " order by d.due_at, d.id fetch first " + MAX_ROWS + " rows only";
        return where.bind(jdbc.sql(sql)).param("now", ts(now)).param("actKinds", actKinds())
                .query((rs, row) -> new OverdueDeadline(rs.getLong("id"), CaseType.valueOf(rs.getString("case_type")),
                        rs.getString("case_id"), rs.getString("department_code"),
                        DeadlineKind.valueOf(rs.getString("kind")), instant(rs, "due_at")))
                .list();
    }

    public long countOverdueDeadlines(Instant now, DashboardFilter filter) {
        Conditions where = new Conditions(filter, "c.department_code", "d.case_type");
        String sql = "select count(*) from deadline d"
                + " join (" + caseKeys + ") c on c.case_type = d.case_type and c.case_key = d.case_id"
                + " where " + OVERDUE_DEADLINE + where.sql();
        return where.bind(jdbc.sql(sql)).param("now", ts(now)).param("actKinds", actKinds())
                .query(Long.class).single();
    }

    /**
     * Completed tasks with a due date per department and month of completion, from {@code since} on, from the engine's
     * history ({@code ACT_HI_TASKINST}); late when completed after the due instant. Tasks of deleted processes do not
     * count.
     */
    public List<TaskPunctuality> taskPunctuality(Instant since, DashboardFilter filter) {
        Conditions where = new Conditions(filter, "c.department_code", "c.case_type");
        String sql = "select c.department_code, extract(year from h.END_TIME_) as y, extract(month from h.END_TIME_) as m,"
                + " count(*) as finished, sum(case when h.END_TIME_ > h.DUE_DATE_ then 1 else 0 end) as late"
                + " from ACT_HI_TASKINST h join (" + cases + ") c on c.process_instance_id = h.PROC_INST_ID_"
                + " where h.END_TIME_ >= :since and h.DUE_DATE_ is not null and h.DELETE_REASON_ = 'completed'"
                + where.sql()
                + " group by c.department_code, extract(year from h.END_TIME_), extract(month from h.END_TIME_)"
                + " order by 2, 3, 1";
        return where.bind(jdbc.sql(sql)).param("since", ts(since))
                .query((rs, row) -> new TaskPunctuality(rs.getString("department_code"),
                        YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("finished"), rs.getLong("late")))
                .list();
    }

    /**
     * Objection compliance (seed000 §五(五): verified within 20 days of receipt) per department and month of receipt,
     * from {@code since} on. An objection counts once its verification deadline has ended: met (on time when closed
     * before its due instant) or still open past due and not paused. Refused objections never reach verification.
     */
    public List<Compliance> objectionCompliance(Instant now, Instant since, DashboardFilter filter) {
        Conditions where = new Conditions(filter.department() == null ? DashboardFilter.NONE
                : new DashboardFilter(filter.department(), null), "o.department_code", null);
        String sql = """
                select o.department_code, extract(year from o.received_at) as y, extract(month from o.received_at) as m,
                  count(*) as due_count,
                  sum(case when d.status = 'MET' and d.closed_at < d.due_at then 1 else 0 end) as on_time
                from objection o join deadline d on d.case_type = 'OBJECTION' and d.case_id = cast(o.id as varchar(64))
                  and d.kind = 'OBJECTION_VERIFICATION'
                where o.received_at >= :since and (d.status = 'MET' or (d.status = 'OPEN' and d.due_at <= :now
                  and not exists (select 1 from deadline_suspension s where s.deadline_id = d.id and s.ended_at is null)))
                """ + where.sql()
                + " group by o.department_code, extract(year from o.received_at), extract(month from o.received_at)"
                + " order by 2, 3, 1";
        return where.bind(jdbc.sql(sql)).param("now", ts(now)).param("since", ts(since))
                .query((rs, row) -> new Compliance(rs.getString("department_code"),
                        YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("due_count"), rs.getLong("on_time")))
                .list();
    }

    /**
     * Days from application to the decision (approved or rejected) of credit repairs, per department; with
     * {@code perDepartment} false, one row (department {@code null}) over all of them.
     */
    public List<RepairDurations> repairDurations(DashboardFilter filter, boolean perDepartment) {
        Conditions where = new Conditions(filter.department() == null ? DashboardFilter.NONE
                : new DashboardFilter(filter.department(), null), "department_code", null);
        String days = "(extract(epoch from decided_at) - extract(epoch from applied_at)) / 86400.0";
        String sql = "select " + (perDepartment ? "department_code" : "cast(null as varchar(40)) as department_code")
                + ", count(*) as decided,"
                + " sum(case when status = 'APPROVED' then 1 else 0 end) as approved,"
                + " avg(" + days + ") as avg_days,"
                + " percentile_cont(0.5) within group (order by " + days + ") as median_days,"
                + " max(" + days + ") as max_days"
                + " from repair where status in ('APPROVED', 'REJECTED') and decided_at is not null" + where.sql()
                + (perDepartment ? " group by department_code order by department_code" : "");
        return where.bind(jdbc.sql(sql))
                .query((rs, row) -> new RepairDurations(rs.getString("department_code"), rs.getLong("decided"),
                        rs.getLong("approved"), rs.getDouble("avg_days"), rs.getDouble("median_days"),
                        rs.getDouble("max_days")))
                .list().stream().filter(durations -> durations.decided() > 0).toList();
    }

    /**
     * Listings by status at the end of each month (exclusive {@code ends}, in order): removed or revoked when they
     * ended before it; suspended while an objection received before it was not yet decided (DOMAIN Lifecycle B.3);
     * active otherwise.
     */
    public List<ListingMonth> listingsByMonth(Map<YearMonth, Instant> ends, DashboardFilter filter) {
        Conditions where = new Conditions(filter.department() == null ? DashboardFilter.NONE
                : new DashboardFilter(filter.department(), null), "l.department_code", null);
        List<YearMonth> months = new ArrayList<>(ends.keySet());
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(").append(i).append(", cast(:end").append(i)
                    .append(" as timestamp))");
        }
        String sql = """
                select m.idx, count(l.id) as total,
                  sum(case when l.status = 'REMOVED' and l.ended_at < m.month_end then 1 else 0 end) as removed,
                  sum(case when l.status = 'REVOKED' and l.ended_at < m.month_end then 1 else 0 end) as revoked,
                  sum(case when (l.ended_at is null or l.ended_at >= m.month_end) and exists (
                        select 1 from objection o where o.listing_id = l.id and o.received_at < m.month_end
                        and (o.decided_at is null or o.decided_at >= m.month_end)) then 1 else 0 end) as suspended
                from (values\s""" + values + ") as m(idx, month_end)"
                + " left join listing l on l.listed_at < m.month_end" + where.sql()
                + " group by m.idx order by m.idx";
        JdbcClient.StatementSpec statement = where.bind(jdbc.sql(sql));
        for (int i = 0; i < months.size(); i++) {
            statement = statement.param("end" + i, ts(ends.get(months.get(i))));
        }
        return statement.query((rs, row) -> {
            long total = rs.getLong("total");
            long removed = rs.getLong("removed");
            long revoked = rs.getLong("revoked");
            long suspended = rs.getLong("suspended");
            return new ListingMonth(months.get(rs.getInt("idx")), total - removed - revoked - suspended, suspended,
                    removed, revoked);
        }).list();
    }

    private static CaseTask caseTask(ResultSet rs, int row) throws SQLException {
        return new CaseTask(CaseType.valueOf(rs.getString("case_type")), rs.getLong("case_id"),
                rs.getString("department_code"), rs.getString("task_id"), rs.getString("task_name"),
                rs.getString("task_key"), instant(rs, "due_at"));
    }

    private static List<String> actKinds() {
        return names(DeadlineKind.values(), DeadlineKind::isTimeLimitForAct);
    }

    private static <E extends Enum<E>> List<String> names(E[] values, Predicate<E> which) {
        return Arrays.stream(values).filter(which).map(Enum::name).toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** The filter as SQL conditions on the given columns, and their parameters. */
    private static final class Conditions {

        private final StringBuilder sql = new StringBuilder();
        private final Map<String, Object> params = new LinkedHashMap<>();

        Conditions(DashboardFilter filter, String departmentColumn, String caseTypeColumn) {
            if (filter.department() != null && departmentColumn != null) {
                sql.append(" and ").append(departmentColumn).append(" = :department");
                params.put("department", filter.department());
            }
            if (filter.lifecycle() != null && caseTypeColumn != null) {
                sql.append(" and ").append(caseTypeColumn).append(" = :lifecycle");
                params.put("lifecycle", filter.lifecycle().name());
            }
        }

        String sql() {
            return sql.toString();
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            JdbcClient.StatementSpec bound = statement;
            for (Map.Entry<String, Object> param : params.entrySet()) {
                bound = bound.param(param.getKey(), param.getValue());
            }
            return bound;
        }
    }
}
