package org.xinyong.workflow.objection;

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
public class ObjectionRepository {

    /** An open request for supplementary evidence. */
    public record EvidenceRequest(long id, long objectionId, String requestedBy, Instant requestedAt, Instant dueAt,
                                  String note, Instant closedAt, String closedReason) {
    }

    static final String TABLE = "objection";

    private final JdbcClient jdbc;
    private final StatusTransitions transitions;

    public ObjectionRepository(JdbcClient jdbc, StatusTransitions transitions) {
        this.jdbc = jdbc;
        this.transitions = transitions;
    }

    /** Moves the case to {@code to} from a status it may follow (409 otherwise), with its audit entry. */
    public void changeStatus(Objection objection, ObjectionStatus to, String detail) {
        transitions.change(change(objection, to).detail(detail));
    }

    private static StatusTransitions.Change<ObjectionStatus> change(Objection objection, ObjectionStatus to) {
        return StatusTransitions.Change.of(TABLE, new CaseRef(CaseType.OBJECTION, String.valueOf(objection.id())),
                objection.subjectCode(), to);
    }

    public long insert(Objection draft) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into objection (listing_id, listing_case_id, subject_code, department_code, applicant_kind,
                    applicant, grounds, status, rule_set_id, received_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(draft.listingId(), draft.listingCaseId(), draft.subjectCode(), draft.departmentCode(),
                        draft.applicantKind().name(), draft.applicant(), draft.grounds(), draft.status().name(),
                        draft.ruleSetId(), Timestamp.from(draft.receivedAt()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<Objection> find(long id) {
        return jdbc.sql("select * from objection where id = ?").param(id).query(ObjectionRepository::map).optional();
    }

    public List<Objection> ofListing(long listingId) {
        return jdbc.sql("select * from objection where listing_id = ? order by received_at, id").param(listingId)
                .query(ObjectionRepository::map).list();
    }

    /** The objections against a subject's listings, newest first. */
    public List<Objection> ofSubject(String subjectCode) {
        return jdbc.sql("select * from objection where subject_code = ? order by received_at desc, id desc")
                .param(subjectCode).query(ObjectionRepository::map).list();
    }

    /** The open statuses as SQL literals, from {@link ObjectionStatus#isOpen()}: one rule in one place. */
    private static final String OPEN_STATUSES = java.util.Arrays.stream(ObjectionStatus.values())
            .filter(ObjectionStatus::isOpen).map(status -> "'" + status.name() + "'")
            .collect(java.util.stream.Collectors.joining(", "));

    public boolean hasOpenObjection(long listingId) {
        return jdbc.sql("select count(*) from objection where listing_id = ? and status in (" + OPEN_STATUSES + ")")
                .param(listingId).query(Integer.class).single() > 0;
    }

    public void attachProcess(long id, String processInstanceId) {
        jdbc.sql("update objection set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    /** The decision on the objection, with its outcome and reasons (DOMAIN Lifecycle B.5). */
    public void decide(Objection objection, ObjectionStatus to, String outcome, String reason, Instant at) {
        transitions.change(change(objection, to).set("outcome", outcome).set("outcome_reason", reason)
                .set("decided_at", at).detail(outcome));
    }

    public void markOverdue(long id, Instant at) {
        jdbc.sql("update objection set overdue_at = ? where id = ? and overdue_at is null")
                .params(Timestamp.from(at), id).update();
    }

    /** Locks the objection's row for the transaction and counts its evidence requests (pauses) so far. */
    public int lockAndCountEvidenceRequests(long objectionId) {
        jdbc.sql("select id from objection where id = ? for update").param(objectionId).query(Long.class).single();
        return jdbc.sql("select count(*) from objection_evidence_request where objection_id = ?")
                .param(objectionId).query(Integer.class).single();
    }

    public long insertEvidenceRequest(long objectionId, String requestedBy, Instant at, Instant dueAt, String note) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into objection_evidence_request (objection_id, requested_by, requested_at, due_at, note)
                values (?, ?, ?, ?, ?)
                """).params(objectionId, requestedBy, Timestamp.from(at), Timestamp.from(dueAt), note)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<EvidenceRequest> openEvidenceRequest(long objectionId) {
        return jdbc.sql("""
                select * from objection_evidence_request where objection_id = ? and closed_at is null
                order by id desc
                """).param(objectionId).query(ObjectionRepository::mapRequest).list().stream().findFirst();
    }

    public List<EvidenceRequest> evidenceRequests(long objectionId) {
        return jdbc.sql("select * from objection_evidence_request where objection_id = ? order by id")
                .param(objectionId).query(ObjectionRepository::mapRequest).list();
    }

    public void closeEvidenceRequest(long requestId, String reason, Instant at) {
        jdbc.sql("update objection_evidence_request set closed_at = ?, closed_reason = ? where id = ?")
                .params(Timestamp.from(at), reason, requestId).update();
    }

    private static Objection map(ResultSet rs, int row) throws SQLException {
        return new Objection(rs.getLong("id"), rs.getLong("listing_id"), rs.getLong("listing_case_id"),
                rs.getString("subject_code"), rs.getString("department_code"),
                ApplicantKind.valueOf(rs.getString("applicant_kind")), rs.getString("applicant"),
                rs.getString("grounds"), ObjectionStatus.valueOf(rs.getString("status")),
                rs.getString("rule_set_id"), rs.getString("process_instance_id"),
                rs.getTimestamp("received_at").toInstant(), instant(rs.getTimestamp("overdue_at")),
                instant(rs.getTimestamp("decided_at")), rs.getString("outcome"), rs.getString("outcome_reason"));
    }

    private static EvidenceRequest mapRequest(ResultSet rs, int row) throws SQLException {
        return new EvidenceRequest(rs.getLong("id"), rs.getLong("objection_id"), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
                rs.getString("note"), instant(rs.getTimestamp("closed_at")), rs.getString("closed_reason"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
