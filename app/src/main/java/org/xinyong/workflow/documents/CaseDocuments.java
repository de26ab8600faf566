package org.xinyong.workflow.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.xinyong.workflow.calendar.BusinessClock;

/** Issues formal documents (renders and stores them with the case) and finds them again. */
@Service
public class CaseDocuments {

    private final DocumentRenderer renderer;
    private final JdbcClient jdbc;
    private final BusinessClock clock;

    public CaseDocuments(DocumentRenderer renderer, JdbcClient jdbc, BusinessClock clock) {
        this.renderer = renderer;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public CaseDocument issue(String caseType, String caseId, String subjectCode, DocumentKind kind,
                              Map<String, Object> model, String issuedBy) {
        String html = renderer.renderHtml(kind, model);
        var issuedAt = clock.now();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into case_document (case_type, case_id, subject_code, kind, title, html, issued_at, issued_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(caseType, caseId, subjectCode, kind.name(), kind.title(), html, Timestamp.from(issuedAt), issuedBy)
                .update(key, "id");
        return new CaseDocument(key.getKey().longValue(), caseType, caseId, subjectCode, kind, kind.title(), html,
                issuedAt, issuedBy);
    }

    public Optional<CaseDocument> find(long id) {
        return jdbc.sql("select * from case_document where id = ?").param(id).query(CaseDocuments::map).optional();
    }

    public List<CaseDocument> ofCase(String caseType, String caseId) {
        return jdbc.sql("select * from case_document where case_type = ? and case_id = ? order by issued_at, id")
                .params(caseType, caseId).query(CaseDocuments::map).list();
    }

    /**
     * Records the document's service unless it was served already: the first service is the service, decided by the
     * database (a conditional update), so two recordings at once cannot both take effect.
     *
     * @return whether this call recorded it
     */
    public boolean recordService(long id, Served service) {
        return jdbc.sql("""
                update case_document set service_method = ?, served_at = ?, service_evidence = ?,
                    service_recorded_by = ?, service_recorded_at = ?
                where id = ? and served_at is null
                """)
                .params(service.method().name(), Timestamp.from(service.servedAt()), service.evidence(),
                        service.recordedBy(), Timestamp.from(service.recordedAt()), id)
                .update() == 1;
    }

    public byte[] pdf(CaseDocument document) {
        return renderer.renderPdf(document.html());
    }

    private static CaseDocument map(ResultSet rs, int row) throws SQLException {
        Timestamp servedAt = rs.getTimestamp("served_at");
        Served served = servedAt == null ? null : new Served(ServiceMethod.valueOf(rs.getString("service_method")),
                servedAt.toInstant(), rs.getString("service_evidence"), rs.getString("service_recorded_by"),
                rs.getTimestamp("service_recorded_at").toInstant());
        return new CaseDocument(rs.getLong("id"), rs.getString("case_type"), rs.getString("case_id"),
                rs.getString("subject_code"), DocumentKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("html"), rs.getTimestamp("issued_at").toInstant(), rs.getString("issued_by"), served);
    }
}
