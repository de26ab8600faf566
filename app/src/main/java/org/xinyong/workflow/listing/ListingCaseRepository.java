package org.xinyong.workflow.listing;

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
import org.xinyong.workflow.rules.Severity;
import org.xinyong.workflow.validation.SubjectType;

@Repository
public class ListingCaseRepository {

    static final String TABLE = "listing_case";

    private final JdbcClient jdbc;
    private final StatusTransitions transitions;

    public ListingCaseRepository(JdbcClient jdbc, StatusTransitions transitions) {
        this.jdbc = jdbc;
        this.transitions = transitions;
    }

    /** Moves the case to {@code to} from a status it may follow (409 otherwise), with its audit entry. */
    public void changeStatus(ListingCase listingCase, ListingCaseStatus to, String detail) {
        transitions.change(change(listingCase, to).detail(detail));
    }

    private static StatusTransitions.Change<ListingCaseStatus> change(ListingCase listingCase, ListingCaseStatus to) {
        return StatusTransitions.Change.of(TABLE, new CaseRef(CaseType.LISTING, String.valueOf(listingCase.id())),
                listingCase.subjectCode(), to);
    }

    public long insert(ListingCase draft) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into listing_case (status, department_code, subject_type, subject_code, subject_name,
                    basis_type, basis_number, basis_date, domain, proposed_severity, severity, facts, rule_set_id,
                    recorded_by, recorded_at, record_kind)
                values (:status, :department, :subjectType, :subjectCode, :subjectName, :basisType, :basisNumber,
                    :basisDate, :domain, :proposedSeverity, :severity, :facts, :ruleSetId, :recordedBy, :recordedAt,
                    :recordKind)
                """)
                .param("status", draft.status().name())
                .param("department", draft.departmentCode())
                .param("subjectType", draft.subjectType().name())
                .param("subjectCode", draft.subjectCode())
                .param("subjectName", draft.subjectName())
                .param("basisType", draft.basisType().name())
                .param("basisNumber", draft.basisNumber())
                .param("basisDate", draft.basisDate())
                .param("domain", draft.domain().name())
                .param("proposedSeverity", draft.proposedSeverity().name())
                .param("severity", draft.severity().name())
                .param("facts", draft.facts())
                .param("ruleSetId", draft.ruleSetId())
                .param("recordedBy", draft.recordedBy())
                .param("recordedAt", Timestamp.from(draft.recordedAt()))
                .param("recordKind", draft.recordKind())
                .update(key, "id");
        long id = key.getKey().longValue();
        for (String measure : draft.measures()) {
            jdbc.sql("insert into listing_case_measure (case_id, measure_code) values (?, ?)")
                    .params(id, measure).update();
        }
        return id;
    }

    /** The case's row, locked until the transaction ends (a correction and a status change wait for each other). */
    public Optional<ListingCase> findForUpdate(long id) {
        return jdbc.sql("select * from listing_case where id = ? for update").param(id).query(this::map).optional();
    }

    /**
     * Writes a correction (issue 13 item 1): the case's facts, severity and measures take the corrected values and the
     * previous ones are kept in {@code listing_correction}, in the caller's transaction.
     */
    public long correct(RecordCorrection correction) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into listing_correction (case_id, objection_id, previous_facts, previous_severity,
                    previous_measures, facts, severity, measures, reason, corrected_by, corrected_at)
                values (:caseId, :objectionId, :previousFacts, :previousSeverity, :previousMeasures, :facts, :severity,
                    :measures, :reason, :correctedBy, :correctedAt)
                """)
                .param("caseId", correction.caseId())
                .param("objectionId", correction.objectionId())
                .param("previousFacts", correction.previousFacts())
                .param("previousSeverity", correction.previousSeverity().name())
                .param("previousMeasures", String.join(",", correction.previousMeasures()))
                .param("facts", correction.facts())
                .param("severity", correction.severity().name())
                .param("measures", String.join(",", correction.measures()))
                .param("reason", correction.reason())
                .param("correctedBy", correction.correctedBy())
                .param("correctedAt", Timestamp.from(correction.correctedAt()))
                .update(key, "id");
        jdbc.sql("update listing_case set facts = ?, severity = ?, version = version + 1 where id = ?")
                .params(correction.facts(), correction.severity().name(), correction.caseId()).update();
        jdbc.sql("delete from listing_case_measure where case_id = ?").param(correction.caseId()).update();
        for (String measure : correction.measures()) {
            jdbc.sql("insert into listing_case_measure (case_id, measure_code) values (?, ?)")
                    .params(correction.caseId(), measure).update();
        }
        jdbc.sql("update listing set severity = ? where case_id = ?")
                .params(correction.severity().name(), correction.caseId()).update();
        return key.getKey().longValue();
    }

    /** The corrections of a case, oldest first. */
    public List<RecordCorrection> correctionsOf(long caseId) {
        return jdbc.sql("select * from listing_correction where case_id = ? order by id").param(caseId)
                .query((rs, row) -> new RecordCorrection(rs.getLong("id"), rs.getLong("case_id"),
                        rs.getObject("objection_id") == null ? null : rs.getLong("objection_id"),
                        rs.getString("previous_facts"), Severity.valueOf(rs.getString("previous_severity")),
                        codes(rs.getString("previous_measures")), rs.getString("facts"),
                        Severity.valueOf(rs.getString("severity")), codes(rs.getString("measures")),
                        rs.getString("reason"), rs.getString("corrected_by"),
                        rs.getTimestamp("corrected_at").toInstant()))
                .list();
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }

    public Optional<ListingCase> find(long id) {
        return jdbc.sql("select * from listing_case where id = ?").param(id).query(this::map).optional();
    }

    /** Cases of one department, or of every department when {@code departmentCode} is null; newest first. */
    public List<ListingCase> list(String departmentCode, String subjectCode, int limit, int offset) {
        return jdbc.sql("""
                select * from listing_case
                where (cast(:department as varchar) is null or department_code = :department)
                  and (cast(:subject as varchar) is null or subject_code = :subject)
                order by recorded_at desc, id desc
                limit :limit offset :offset
                """)
                .param("department", departmentCode)
                .param("subject", subjectCode)
                .param("limit", limit)
                .param("offset", offset)
                .query(this::map).list();
    }

    /**
     * The subject's earlier minor and general records since {@code since}, in one query: the counts the severity
     * table escalates on. Only identified records count: a finding the head has not yet approved (UNDER_REVIEW) is
     * no record yet, and one closed as not listed (rejected or dropped) never became one (seed003 §二(一)2 counts
     * 失信行为 that were 依法认定).
     */
    public RecordCounts countRecordsSince(String subjectCode, Instant since) {
        return jdbc.sql("""
                select coalesce(sum(case when severity = 'MINOR' then 1 else 0 end), 0) as minor,
                       coalesce(sum(case when severity = 'GENERAL' then 1 else 0 end), 0) as general
                from listing_case
                where subject_code = ? and severity in ('MINOR', 'GENERAL') and recorded_at >= ?
                  and status not in ('UNDER_REVIEW', 'NOT_LISTED')
                """)
                .params(subjectCode, Timestamp.from(since))
                .query((rs, row) -> new RecordCounts(rs.getInt("minor"), rs.getInt("general"))).single();
    }

    /** Counts of a subject's records by severity class. */
    public record RecordCounts(int minor, int general) {
    }

    public void attachProcess(long id, String processInstanceId) {
        jdbc.sql("update listing_case set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    /** The case ends (not listed, or its listing ended) with the reason. */
    public void close(ListingCase listingCase, ListingCaseStatus to, String reason, Instant at) {
        transitions.change(change(listingCase, to).set("close_reason", reason).set("closed_at", at).detail(reason));
    }

    private List<String> measuresOf(long caseId) {
        return jdbc.sql("select measure_code from listing_case_measure where case_id = ? order by measure_code")
                .param(caseId).query(String.class).list();
    }

    private ListingCase map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new ListingCase(id,
                ListingCaseStatus.valueOf(rs.getString("status")),
                rs.getString("department_code"),
                SubjectType.valueOf(rs.getString("subject_type")),
                rs.getString("subject_code"),
                rs.getString("subject_name"),
                BasisType.valueOf(rs.getString("basis_type")),
                rs.getString("basis_number"),
                rs.getDate("basis_date").toLocalDate(),
                SeriousListDomain.valueOf(rs.getString("domain")),
                Severity.valueOf(rs.getString("proposed_severity")),
                Severity.valueOf(rs.getString("severity")),
                rs.getString("facts"),
                measuresOf(id),
                rs.getString("rule_set_id"),
                rs.getString("process_instance_id"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                instant(rs.getTimestamp("closed_at")),
                rs.getString("close_reason"),
                rs.getString("record_kind"));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
