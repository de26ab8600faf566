package org.xinyong.workflow.deadline;

import org.xinyong.workflow.cases.CaseType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.xinyong.workflow.rules.DurationUnit;
import org.xinyong.workflow.rules.LegalDuration;

/**
 * Tables {@code deadline} and {@code deadline_suspension}. Timestamps are stored in the JVM's zone, as the engine
 * stores its own (so SQL can compare a deadline with a job's due date).
 */
@Repository
public class DeadlineRepository {

    private static final String COLUMNS = """
            id, case_type, case_id, process_instance_id, kind, base_at, duration_amount, duration_unit,
            rule_set_id, rule_source, due_at, status, closed_at, created_at""";

    private final JdbcClient jdbc;

    public DeadlineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Deadline d) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into deadline (case_type, case_id, process_instance_id, kind, base_at, duration_amount,
                            duration_unit, rule_set_id, rule_source, due_at, status, created_at)
                        values (:caseType, :caseId, :processInstanceId, :kind, :baseAt, :amount, :unit, :ruleSetId,
                            :ruleSource, :dueAt, :status, :createdAt)""")
                .param("caseType", d.caseType().name())
                .param("caseId", d.caseId())
                .param("processInstanceId", d.processInstanceId())
                .param("kind", d.kind().name())
                .param("baseAt", ts(d.baseAt()))
                .param("amount", d.duration().amount())
                .param("unit", d.duration().unit().name())
                .param("ruleSetId", d.ruleSetId())
                .param("ruleSource", d.ruleSource())
                .param("dueAt", ts(d.dueAt()))
                .param("status", d.status().name())
                .param("createdAt", ts(d.createdAt()))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public Optional<Deadline> find(long id) {
        return withSuspensions(jdbc.sql("select " + COLUMNS + " from deadline where id = :id")
                .param("id", id).query(this::deadline).list()).stream().findFirst();
    }

    public List<Deadline> ofCase(CaseType caseType, String caseId) {
        return withSuspensions(jdbc.sql("select " + COLUMNS
                        + " from deadline where case_type = :caseType and case_id = :caseId order by id")
                .param("caseType", caseType.name()).param("caseId", caseId).query(this::deadline).list());
    }

    public List<Deadline> openOfCase(CaseType caseType, String caseId) {
        return withSuspensions(jdbc.sql("select " + COLUMNS + " from deadline where case_type = :caseType"
                        + " and case_id = :caseId and status = 'OPEN' order by id")
                .param("caseType", caseType.name()).param("caseId", caseId).query(this::deadline).list());
    }

    /** Open, due at or before {@code now}, and not paused by an open suspension. */
    public List<Deadline> overdue(Instant now) {
        return withSuspensions(jdbc.sql("select " + COLUMNS + " from deadline d where status = 'OPEN'"
                        + " and due_at <= :now and not exists (select 1 from deadline_suspension s"
                        + " where s.deadline_id = d.id and s.ended_at is null) order by due_at, id")
                .param("now", ts(now)).query(this::deadline).list());
    }

    /** How many {@link #overdue(Instant)} there are, for the metrics gauge (deadline.DeadlineMetrics). */
    public long countOverdue(Instant now) {
        return jdbc.sql("select count(*) from deadline d where status = 'OPEN' and due_at <= :now and not exists"
                        + " (select 1 from deadline_suspension s where s.deadline_id = d.id and s.ended_at is null)")
                .param("now", ts(now)).query(Long.class).single();
    }

    public void updateDue(long id, Instant dueAt) {
        jdbc.sql("update deadline set due_at = :dueAt where id = :id").param("dueAt", ts(dueAt)).param("id", id).update();
    }

    public void close(long id, DeadlineStatus status, Instant closedAt) {
        jdbc.sql("update deadline set status = :status, closed_at = :closedAt where id = :id")
                .param("status", status.name()).param("closedAt", ts(closedAt)).param("id", id).update();
    }

    public long insertSuspension(long deadlineId, Instant startedAt, String reason) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into deadline_suspension (deadline_id, started_at, reason) values (:deadlineId, :startedAt, :reason)")
                .param("deadlineId", deadlineId).param("startedAt", ts(startedAt)).param("reason", reason)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public void endSuspension(long suspensionId, Instant endedAt) {
        jdbc.sql("update deadline_suspension set ended_at = :endedAt where id = :id")
                .param("endedAt", ts(endedAt)).param("id", suspensionId).update();
    }

    private List<Deadline> withSuspensions(List<Deadline> deadlines) {
        if (deadlines.isEmpty()) {
            return deadlines;
        }
        Map<Long, List<Suspension>> byDeadline = suspensionsOf(deadlines.stream().map(Deadline::id).toList());
        return deadlines.stream()
                .map(d -> d.withSuspensions(byDeadline.getOrDefault(d.id(), List.of())))
                .toList();
    }

    private Map<Long, List<Suspension>> suspensionsOf(Collection<Long> deadlineIds) {
        Map<Long, List<Suspension>> result = new HashMap<>();
        jdbc.sql("select id, deadline_id, started_at, ended_at, reason from deadline_suspension"
                        + " where deadline_id in (:ids) order by started_at, id")
                .param("ids", deadlineIds)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong("deadline_id"), id -> new ArrayList<>())
                            .add(new Suspension(rs.getLong("id"), instant(rs, "started_at"),
                                    instant(rs, "ended_at"), rs.getString("reason")));
                });
        return result;
    }

    private Deadline deadline(ResultSet rs, int row) throws SQLException {
        return new Deadline(
                rs.getLong("id"),
                CaseType.valueOf(rs.getString("case_type")),
                rs.getString("case_id"),
                rs.getString("process_instance_id"),
                DeadlineKind.valueOf(rs.getString("kind")),
                instant(rs, "base_at"),
                new LegalDuration(rs.getInt("duration_amount"), DurationUnit.valueOf(rs.getString("duration_unit"))),
                rs.getString("rule_set_id"),
                rs.getString("rule_source"),
                instant(rs, "due_at"),
                DeadlineStatus.valueOf(rs.getString("status")),
                instant(rs, "closed_at"),
                instant(rs, "created_at"),
                List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
