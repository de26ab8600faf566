package org.xinyong.workflow.listing;

import static org.xinyong.workflow.listing.ListingCaseRepository.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.xinyong.workflow.rules.Severity;
import org.xinyong.workflow.validation.SubjectType;

@Repository
public class ListingRepository {

    private final JdbcClient jdbc;

    public ListingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Publishes the case's listing; its measures are the case's measures. */
    public long insertActive(ListingCase listingCase, Instant listedAt, Instant publishUntil, Instant repairableFrom) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into listing (case_id, subject_type, subject_code, subject_name, department_code, domain, severity,
                    status, listed_at, publish_until, repairable_from)
                values (:caseId, :subjectType, :subjectCode, :subjectName, :department, :domain, :severity, 'ACTIVE',
                    :listedAt, :publishUntil, :repairableFrom)
                """)
                .param("caseId", listingCase.id())
                .param("subjectType", listingCase.subjectType().name())
                .param("subjectCode", listingCase.subjectCode())
                .param("subjectName", listingCase.subjectName())
                .param("department", listingCase.departmentCode())
                .param("domain", listingCase.domain().name())
                .param("severity", listingCase.severity().name())
                .param("listedAt", Timestamp.from(listedAt))
                .param("publishUntil", Timestamp.from(publishUntil))
                .param("repairableFrom", Timestamp.from(repairableFrom))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<Listing> find(long id) {
        return jdbc.sql(SELECT + " where l.id = ?").param(id).query(this::map).optional();
    }

    /**
     * The listing, locked until the transaction ends: applications about one listing (a repair, say) wait for each
     * other, so a rule like "one running repair per listing" holds even when two arrive at once.
     */
    public Optional<Listing> findForUpdate(long id) {
        return jdbc.sql(SELECT + " where l.id = ? for update").param(id).query(this::map).optional();
    }

    public Optional<Listing> findByCase(long caseId) {
        return jdbc.sql(SELECT + " where l.case_id = ?").param(caseId).query(this::map).optional();
    }

    /** Listings filtered by subject and/or department (null = any), newest first. */
    public List<Listing> list(String subjectCode, String departmentCode, int limit, int offset) {
        return jdbc.sql(SELECT + """
                 where (cast(:subject as varchar) is null or l.subject_code = :subject)
                   and (cast(:department as varchar) is null or l.department_code = :department)
                 order by l.listed_at desc, l.id desc limit :limit offset :offset
                """)
                .param("subject", subjectCode)
                .param("department", departmentCode)
                .param("limit", limit)
                .param("offset", offset)
                .query(this::map).list();
    }

    /** Listings of a subject that are in force (ACTIVE or SUSPENDED): what the sanctions check answers from. */
    public List<Listing> inForceFor(String subjectCode) {
        return jdbc.sql(SELECT + " where l.subject_code = ? and l.status in ('ACTIVE', 'SUSPENDED') order by l.id")
                .param(subjectCode).query(this::map).list();
    }

    /** The listings in force of all the given subjects in one query (the bulk sanctions check, issue 16), by id. */
    public List<Listing> inForceForAll(java.util.Collection<String> subjectCodes) {
        return subjectCodes.isEmpty() ? List.of() : jdbc.sql(SELECT
                        + " where l.subject_code in (:codes) and l.status in ('ACTIVE', 'SUSPENDED') order by l.id")
                .param("codes", subjectCodes).query(this::map).list();
    }

    /** {@code text} matched literally by LIKE ... ESCAPE '!': a searched "%" or "_" is no wildcard (issue 18.8). */
    static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /**
     * The public list: listings in force. A search matches enterprises by a fragment of name or code, but a person
     * only by the exact ID number, so that the masked numbers cannot be guessed digit by digit.
     */
    public List<Listing> publicList(String query, int limit, int offset) {
        String q = query == null || query.isBlank() ? null : query.trim();
        return jdbc.sql(SELECT + """
                 where l.status in ('ACTIVE', 'SUSPENDED')
                   and (cast(:q as varchar) is null
                        or (l.subject_type = 'ENTERPRISE' and (lower(l.subject_name) like :like escape '!'
                                                               or lower(l.subject_code) like :like escape '!'))
                        or (l.subject_type = 'INDIVIDUAL' and l.subject_code = :exact))
                 order by l.listed_at desc, l.id desc limit :limit offset :offset
                """)
                .param("q", q)
                .param("like", q == null ? null : "%" + likeLiteral(q.toLowerCase()) + "%")
                .param("exact", q == null ? null : q.toUpperCase())
                .param("limit", limit)
                .param("offset", offset)
                .query(this::map).list();
    }

    /**
     * Corrections to publish: listings revoked because the information was wrong, for as long as the original entry
     * would have been published ("在原公示范围内发布更正信息", seed000 §五(五)), newest first.
     */
    public List<Listing> publicCorrections(Instant now, int limit, int offset) {
        return jdbc.sql(SELECT + """
                 where l.status = 'REVOKED' and l.publish_until > :now
                 order by l.ended_at desc, l.id desc limit :limit offset :offset
                """)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .param("offset", offset)
                .query(this::map).list();
    }

    /**
     * Locks the listing's row until the transaction ends: what is decided about the listing (an objection filed
     * against it) is decided by one transaction at a time, the next one waiting and then seeing the first's result.
     */
    public void lock(long listingId) {
        jdbc.sql("select id from listing where id = ? for update").param(listingId).query(Long.class).optional();
    }

    /**
     * Moves the listing from {@code from} to {@code to}; false when it was not in {@code from} (a concurrent change came
     * first), so the caller writes no audit entry for a change that did not happen.
     */
    public boolean changeStatus(long id, ListingStatus from, ListingStatus to) {
        return jdbc.sql("update listing set status = ? where id = ? and status = ?")
                .params(to.name(), id, from.name()).update() == 1;
    }

    public void end(long id, ListingStatus status, String reason, Instant at) {
        jdbc.sql("update listing set status = ?, end_reason = ?, ended_at = ? where id = ?")
                .params(status.name(), reason, Timestamp.from(at), id).update();
    }

    private static final String SELECT = "select l.* from listing l";

    private List<String> measuresOf(long caseId) {
        return jdbc.sql("select measure_code from listing_case_measure where case_id = ? order by measure_code")
                .param(caseId).query(String.class).list();
    }

    private Listing map(ResultSet rs, int row) throws SQLException {
        long caseId = rs.getLong("case_id");
        return new Listing(rs.getLong("id"), caseId,
                SubjectType.valueOf(rs.getString("subject_type")),
                rs.getString("subject_code"),
                rs.getString("subject_name"),
                rs.getString("department_code"),
                SeriousListDomain.valueOf(rs.getString("domain")),
                Severity.valueOf(rs.getString("severity")),
                ListingStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("listed_at").toInstant(),
                rs.getTimestamp("publish_until").toInstant(),
                rs.getTimestamp("repairable_from").toInstant(),
                instant(rs.getTimestamp("ended_at")),
                rs.getString("end_reason"),
                measuresOf(caseId));
    }
}
