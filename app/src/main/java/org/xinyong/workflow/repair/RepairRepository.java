package org.xinyong.workflow.repair;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.xinyong.workflow.cases.CaseRef;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.cases.StatusTransitions;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class RepairRepository {

    public record Progress(long id, String text, String reportedBy, Instant reportedAt) {
    }

    static final String TABLE = "repair";

    private final JdbcClient jdbc;
    private final StatusTransitions transitions;

    public RepairRepository(JdbcClient jdbc, StatusTransitions transitions) {
        this.jdbc = jdbc;
        this.transitions = transitions;
    }

    /** Moves the case to {@code to} from a status it may follow (409 otherwise), with its audit entry. */
    public void changeStatus(Repair repair, RepairStatus to, String detail) {
        transitions.change(change(repair, to).detail(detail));
    }

    private static StatusTransitions.Change<RepairStatus> change(Repair repair, RepairStatus to) {
        return StatusTransitions.Change.of(TABLE, new CaseRef(CaseType.REPAIR, String.valueOf(repair.id())),
                repair.subjectCode(), to);
    }

    public long insert(Repair draft) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into repair (listing_id, listing_case_id, subject_code, department_code, applicant, statement,
                    status, rule_set_id, applied_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(draft.listingId(), draft.listingCaseId(), draft.subjectCode(), draft.departmentCode(),
                        draft.applicant(), draft.statement(), draft.status().name(), draft.ruleSetId(),
                        Timestamp.from(draft.appliedAt()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<Repair> find(long id) {
        return jdbc.sql("select * from repair where id = ?").param(id).query(RepairRepository::map).optional();
    }

    public List<Repair> ofListing(long listingId) {
        return jdbc.sql("select * from repair where listing_id = ? order by applied_at, id").param(listingId)
                .query(RepairRepository::map).list();
    }

    public List<Repair> ofSubject(String subjectCode) {
        return jdbc.sql("select * from repair where subject_code = ? order by applied_at, id").param(subjectCode)
                .query(RepairRepository::map).list();
    }

    public void attachProcess(long id, String processInstanceId) {
        jdbc.sql("update repair set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    /** Accepted for rectification (seed003 §二(五)3): the period runs from now. */
    public void accept(Repair repair, Instant at) {
        transitions.change(change(repair, RepairStatus.RECTIFYING).set("accepted_at", at).detail("accepted"));
    }

    /** The decision on the repair, with its outcome and reasons. */
    public void decide(Repair repair, RepairStatus to, String outcome, String reason, Instant at) {
        transitions.change(change(repair, to).set("outcome", outcome).set("outcome_reason", reason)
                .set("decided_at", at).detail(outcome));
    }

    public void addProgress(long repairId, String text, String reportedBy, Instant at) {
        jdbc.sql("insert into repair_progress (repair_id, text, reported_by, reported_at) values (?, ?, ?, ?)")
                .params(repairId, text, reportedBy, Timestamp.from(at)).update();
    }

    public List<Progress> progress(long repairId) {
        return jdbc.sql("select * from repair_progress where repair_id = ? order by reported_at, id").param(repairId)
                .query((rs, row) -> new Progress(rs.getLong("id"), rs.getString("text"), rs.getString("reported_by"),
                        rs.getTimestamp("reported_at").toInstant()))
                .list();
    }

    private static Repair map(ResultSet rs, int row) throws SQLException {
        return new Repair(rs.getLong("id"), rs.getLong("listing_id"), rs.getLong("listing_case_id"),
                rs.getString("subject_code"), rs.getString("department_code"), rs.getString("applicant"),
                rs.getString("statement"), RepairStatus.valueOf(rs.getString("status")), rs.getString("rule_set_id"),
                rs.getString("process_instance_id"), rs.getTimestamp("applied_at").toInstant(),
                instant(rs.getTimestamp("accepted_at")), instant(rs.getTimestamp("decided_at")),
                rs.getString("outcome"), rs.getString("outcome_reason"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
