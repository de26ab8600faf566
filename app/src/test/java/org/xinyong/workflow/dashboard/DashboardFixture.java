package org.xinyong.workflow.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.listing.TestSubjects;

/**
 * A known set of cases, listings, objections, repairs, deadlines and engine tasks of one department of its own
 * (a fresh code each time), so the dashboard's numbers filtered by that department can be checked exactly whatever
 * else the database holds. Business time is {@link #NOW}: 2026-06-15 12:00 in Beijing.
 *
 * <p>What it holds (all of department {@link Seeded#department()}):
 * <ul>
 *   <li>listing cases: UNDER_REVIEW 1, NOTICE_PERIOD 2, LISTED 2, ENDED 2, NOT_LISTED 1;</li>
 *   <li>listings: L3 listed 01-10 removed 04-20; L1 listed 02-10 active; L4 listed 02-15 revoked 05-20; L2 listed
 *       03-10 suspended (objection O1 open since 05-10);</li>
 *   <li>objections: O1 verifying, its verification deadline (last day 05-30) open and overdue; O2 revoked, verified
 *       on time (May); O3 upheld, verified late (April); O4 awaiting evidence, deadline paused; O5 refused; O6 received
 *       2025-03 (before the twelve months);</li>
 *   <li>repairs: R1 approved after 90 days, R2 rejected after 29.5 days, R3 rectifying, R4 refused;</li>
 *   <li>deadlines besides the objections': a statement window overdue 4 days, a met statement reply, an open
 *       publication period past due (a period of status: never overdue);</li>
 *   <li>engine tasks: overdue 3 days (listing case), overdue 1 day (objection O1), last day in 2 days and in 6 days
 *       (listing cases), last day in 15 days (repair R3); completed now: one late (last day 06-01), one on time (last
 *       day 06-20).</li>
 * </ul>
 */
public final class DashboardFixture {

    /** 2026-06-15 12:00 in Beijing. */
    public static final Instant NOW = beijing(2026, 6, 15, 12, 0);
    static final String PROCESS = "dashboardFixture";
    static final String TASK_NAME = "看板测试任务";

    /** Ids of what was seeded; case ids as the dashboard shows them ({@code LISTING-12}). */
    public record Seeded(String department, long overdue3DaysCase, long objectionO1, long dueIn2DaysCase,
                  long dueIn6DaysCase, long repairR3, long statementWindowCase, List<String> processInstances) {
    }

    private final JdbcClient jdbc;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService taskService;
    private final BusinessClock clock;
    private final String subject = TestSubjects.enterpriseCode();

    public DashboardFixture(JdbcClient jdbc, ProcessEngine engine, BusinessClock clock) {
        this.jdbc = jdbc;
        this.repository = engine.getRepositoryService();
        this.runtime = engine.getRuntimeService();
        this.taskService = engine.getTaskService();
        this.clock = clock;
    }

    static Instant beijing(int year, int month, int day, int hour, int minute) {
        return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, ZoneOffset.ofHours(8)).toInstant();
    }

    /** The due instant of a period whose last day is {@code lastDay}: 00:00 of the next day, Beijing time. */
    static Instant dueAfter(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(ZoneOffset.ofHours(8)).toInstant();
    }

    public Seeded seed() {
        clock.setTo(NOW);
        String department = "dash" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into department (code, name_zh, name_en, kind) values (?, ?, ?, 'IDENTIFYING')")
                .params(department, "看板测试局" + department, "Dashboard test bureau " + department).update();

        long lc1 = listingCase(department, "UNDER_REVIEW");
        long lc2 = listingCase(department, "NOTICE_PERIOD");
        long lc3 = listingCase(department, "NOTICE_PERIOD");
        long lc4 = listingCase(department, "LISTED");
        long lc5 = listingCase(department, "LISTED");
        long lc6 = listingCase(department, "ENDED");
        long lc7 = listingCase(department, "ENDED");
        listingCase(department, "NOT_LISTED");

        long l1 = listing(lc4, department, "ACTIVE", beijing(2026, 2, 10, 12, 0), null, null);
        long l2 = listing(lc5, department, "SUSPENDED", beijing(2026, 3, 10, 12, 0), null, null);
        long l3 = listing(lc6, department, "REMOVED", beijing(2026, 1, 10, 12, 0), beijing(2026, 4, 20, 12, 0),
                "REPAIRED");
        long l4 = listing(lc7, department, "REVOKED", beijing(2026, 2, 15, 12, 0), beijing(2026, 5, 20, 12, 0),
                "OBJECTION");

        long o1 = objection(l2, lc5, department, "VERIFYING", beijing(2026, 5, 10, 12, 0), null);
        deadline("OBJECTION", o1, "OBJECTION_VERIFICATION", dueAfter(LocalDate.of(2026, 5, 30)), "OPEN", null);
        long o2 = objection(l4, lc7, department, "REVOKED", beijing(2026, 5, 5, 12, 0), beijing(2026, 5, 20, 12, 0));
        deadline("OBJECTION", o2, "OBJECTION_VERIFICATION", dueAfter(LocalDate.of(2026, 5, 25)), "MET",
                beijing(2026, 5, 20, 12, 0));
        long o3 = objection(l1, lc4, department, "UPHELD", beijing(2026, 4, 1, 12, 0), beijing(2026, 4, 30, 12, 0));
        deadline("OBJECTION", o3, "OBJECTION_VERIFICATION", dueAfter(LocalDate.of(2026, 4, 21)), "MET",
                beijing(2026, 4, 30, 12, 0));
        long o4 = objection(l2, lc5, department, "AWAITING_EVIDENCE", beijing(2026, 6, 1, 12, 0), null);
        long paused = deadline("OBJECTION", o4, "OBJECTION_VERIFICATION", dueAfter(LocalDate.of(2026, 6, 10)),
                "OPEN", null);
        jdbc.sql("insert into deadline_suspension (deadline_id, started_at, reason) values (?, ?, ?)")
                .params(paused, ts(beijing(2026, 6, 5, 12, 0)), "awaiting supplementary evidence").update();
        long o5 = objection(l1, lc4, department, "REFUSED", beijing(2026, 6, 2, 12, 0), beijing(2026, 6, 3, 12, 0));
        deadline("OBJECTION", o5, "OBJECTION_ACCEPTANCE", dueAfter(LocalDate.of(2026, 6, 4)), "MET",
                beijing(2026, 6, 3, 12, 0));
        long o6 = objection(l1, lc4, department, "UPHELD", beijing(2025, 3, 1, 12, 0), beijing(2025, 3, 10, 12, 0));
        deadline("OBJECTION", o6, "OBJECTION_VERIFICATION", dueAfter(LocalDate.of(2025, 3, 21)), "MET",
                beijing(2025, 3, 10, 12, 0));

        repair(l3, lc6, department, "APPROVED", beijing(2026, 1, 20, 12, 0), beijing(2026, 4, 20, 12, 0));
        repair(l1, lc4, department, "REJECTED", beijing(2026, 3, 1, 12, 0), beijing(2026, 3, 31, 0, 0));
        long r3 = repair(l1, lc4, department, "RECTIFYING", beijing(2026, 5, 1, 12, 0), null);
        repair(l2, lc5, department, "REFUSED", beijing(2026, 5, 2, 12, 0), beijing(2026, 5, 3, 12, 0));

        deadline("LISTING", lc2, "STATEMENT_WINDOW", dueAfter(LocalDate.of(2026, 6, 11)), "OPEN", null);
        deadline("LISTING", lc1, "STATEMENT_REPLY", dueAfter(LocalDate.of(2026, 6, 1)), "MET",
                beijing(2026, 6, 5, 12, 0));
        deadline("LISTING", lc4, "PUBLICATION", dueAfter(LocalDate.of(2026, 5, 31)), "OPEN", null);

        deployProcess();
        List<String> instances = new ArrayList<>();
        instances.add(task("listing_case", "LISTING", lc1, dueAfter(LocalDate.of(2026, 6, 12))));
        instances.add(task("objection", "OBJECTION", o1, dueAfter(LocalDate.of(2026, 6, 14))));
        instances.add(task("listing_case", "LISTING", lc2, dueAfter(LocalDate.of(2026, 6, 17))));
        instances.add(task("listing_case", "LISTING", lc3, dueAfter(LocalDate.of(2026, 6, 21))));
        instances.add(task("repair", "REPAIR", r3, dueAfter(LocalDate.of(2026, 6, 30))));
        instances.add(completedTask("listing_case", "LISTING", lc5, dueAfter(LocalDate.of(2026, 6, 1))));
        instances.add(completedTask("listing_case", "LISTING", lc7, dueAfter(LocalDate.of(2026, 6, 20))));
        return new Seeded(department, lc1, o1, lc2, lc3, r3, lc2, instances);
    }

    /** Ends the fixture's engine processes, so a shared database keeps no open tasks of it. */
    public void removeProcesses(Seeded seeded) {
        for (String instance : seeded.processInstances()) {
            if (runtime.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
                runtime.deleteProcessInstance(instance, "dashboard fixture done");
            }
        }
    }

    private void deployProcess() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("fixtureTask").name(TASK_NAME).camundaDueDate("${due}")
                .endEvent()
                .done();
        repository.createDeployment().name(PROCESS).enableDuplicateFiltering(true)
                .addModelInstance(PROCESS + ".bpmn", model).deploy();
    }

    /** Starts a fixture process whose one task is due at {@code due}, as the process of the given case. */
    private String task(String table, String caseType, long caseId, Instant due) {
        String instance = runtime.startProcessInstanceByKey(PROCESS, caseType + "-" + caseId,
                Map.of("due", Date.from(due))).getId();
        jdbc.sql("update " + table + " set process_instance_id = ? where id = ?").params(instance, caseId).update();
        return instance;
    }

    /** A fixture task of the case completed now (business time): late when {@code due} has passed. */
    private String completedTask(String table, String caseType, long caseId, Instant due) {
        String instance = task(table, caseType, caseId, due);
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());
        return instance;
    }

    private long listingCase(String department, String status) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into listing_case (status, department_code, subject_type, subject_code, subject_name,
                    basis_type, basis_number, basis_date, domain, proposed_severity, severity, facts, rule_set_id,
                    recorded_by, recorded_at)
                values (:status, :department, 'ENTERPRISE', :subject, '看板测试主体', 'ADMINISTRATIVE_PENALTY',
                    'DASH-1', :basisDate, 'MARKET_ORDER', 'SERIOUS', 'SERIOUS', 'dashboard fixture', 'seeds-default',
                    'amr', :recordedAt)""")
                .param("status", status).param("department", department).param("subject", subject)
                .param("basisDate", java.sql.Date.valueOf(LocalDate.of(2026, 1, 2)))
                .param("recordedAt", ts(beijing(2026, 1, 5, 12, 0)))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private long listing(long caseId, String department, String status, Instant listedAt, Instant endedAt,
                         String endReason) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into listing (case_id, subject_type, subject_code, subject_name, department_code, domain,
                    severity, status, listed_at, publish_until, repairable_from, ended_at, end_reason)
                values (:caseId, 'ENTERPRISE', :subject, '看板测试主体', :department, 'MARKET_ORDER', 'SERIOUS',
                    :status, :listedAt, :until, :repairable, :endedAt, :endReason)""")
                .param("caseId", caseId).param("subject", subject).param("department", department)
                .param("status", status).param("listedAt", ts(listedAt))
                .param("until", ts(beijing(2029, 1, 1, 0, 0))).param("repairable", ts(beijing(2027, 1, 1, 0, 0)))
                .param("endedAt", ts(endedAt)).param("endReason", endReason)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private long objection(long listingId, long caseId, String department, String status, Instant receivedAt,
                           Instant decidedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into objection (listing_id, listing_case_id, subject_code, department_code, applicant_kind,
                    applicant, grounds, status, rule_set_id, received_at, decided_at)
                values (:listingId, :caseId, :subject, :department, 'SUBJECT', 'dashboard-fixture', 'grounds',
                    :status, 'seeds-default', :receivedAt, :decidedAt)""")
                .param("listingId", listingId).param("caseId", caseId).param("subject", subject)
                .param("department", department).param("status", status).param("receivedAt", ts(receivedAt))
                .param("decidedAt", ts(decidedAt))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private long repair(long listingId, long caseId, String department, String status, Instant appliedAt,
                        Instant decidedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into repair (listing_id, listing_case_id, subject_code, department_code, applicant, status,
                    rule_set_id, applied_at, decided_at)
                values (:listingId, :caseId, :subject, :department, 'dashboard-fixture', :status, 'seeds-default',
                    :appliedAt, :decidedAt)""")
                .param("listingId", listingId).param("caseId", caseId).param("subject", subject)
                .param("department", department).param("status", status).param("appliedAt", ts(appliedAt))
                .param("decidedAt", ts(decidedAt))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private long deadline(String caseType, long caseId, String kind, Instant dueAt, String status, Instant closedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into deadline (case_type, case_id, kind, base_at, duration_amount, duration_unit, rule_set_id,
                    rule_source, due_at, status, closed_at, created_at)
                values (:caseType, :caseId, :kind, :baseAt, 20, 'CALENDAR_DAYS', 'seeds-default', 'dashboard fixture',
                    :dueAt, :status, :closedAt, :baseAt)""")
                .param("caseType", caseType).param("caseId", String.valueOf(caseId)).param("kind", kind)
                .param("baseAt", ts(dueAt.minusSeconds(20L * 86_400))).param("dueAt", ts(dueAt))
                .param("status", status).param("closedAt", ts(closedAt))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
