package org.xinyong.workflow.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.documents.CaseDocument;

/** The subject's portal inbox, where notices and decisions are delivered (DOMAIN Lifecycle A.2). */
@Service
public class PortalInbox {

    private final JdbcClient jdbc;
    private final BusinessClock clock;

    public PortalInbox(JdbcClient jdbc, BusinessClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Message(long id, String subjectCode, String title, String body, String caseType, String caseId,
                          Long documentId, Instant deliveredAt, Instant readAt) {

        public boolean isUnread() {
            return readAt == null;
        }
    }

    /** Delivers a document to its subject's inbox. */
    public void deliver(CaseDocument document, String body) {
        jdbc.sql("""
                insert into portal_message (subject_code, title, body, case_type, case_id, document_id, delivered_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(document.subjectCode(), document.title(), body, document.caseType(), document.caseId(),
                        document.id(), Timestamp.from(clock.now()))
                .update();
    }

    public List<Message> of(String subjectCode) {
        return jdbc.sql("select * from portal_message where subject_code = ? order by delivered_at desc, id desc")
                .param(subjectCode).query(PortalInbox::map).list();
    }

    /** One message of the subject's own inbox; another subject's message is not found. */
    public Optional<Message> find(String subjectCode, long messageId) {
        return jdbc.sql("select * from portal_message where id = ? and subject_code = ?")
                .params(messageId, subjectCode).query(PortalInbox::map).optional();
    }

    public int unreadCount(String subjectCode) {
        return jdbc.sql("select count(*) from portal_message where subject_code = ? and read_at is null")
                .param(subjectCode).query(Integer.class).single();
    }

    /** Marks a message read, only within the subject's own inbox. */
    public void markRead(String subjectCode, long messageId) {
        jdbc.sql("update portal_message set read_at = ? where id = ? and subject_code = ? and read_at is null")
                .params(Timestamp.from(clock.now()), messageId, subjectCode).update();
    }

    private static Message map(ResultSet rs, int row) throws SQLException {
        long documentValue = rs.getLong("document_id");
        Long documentId = rs.wasNull() ? null : documentValue;
        Timestamp read = rs.getTimestamp("read_at");
        return new Message(rs.getLong("id"), rs.getString("subject_code"), rs.getString("title"), rs.getString("body"),
                rs.getString("case_type"), rs.getString("case_id"), documentId,
                rs.getTimestamp("delivered_at").toInstant(), read == null ? null : read.toInstant());
    }
}
