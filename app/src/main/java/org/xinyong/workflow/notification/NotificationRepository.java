package org.xinyong.workflow.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinyong.workflow.security.CurrentUser;

/** Tables {@code notification} and {@code notification_read} (V1_9__notifications.sql), through plain SQL. */
@Repository
public class NotificationRepository {

    /** Newest first; an inbox page never shows more. */
    static final int INBOX_LIMIT = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;
    private final TransactionTemplate ownTransaction;

    public NotificationRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Inserts the notification unless one with its dedupe key exists; answers the new row's id, or empty when the
     * key was already there. The UNIQUE constraint decides, also between two nodes: the insert runs in a savepoint
     * of the caller's transaction (the engine's, when a timer sends), so a duplicate key rolls back the insert
     * alone and the caller's transaction carries on (PostgreSQL would otherwise abort it).
     */
    public Optional<Long> insertIfAbsent(Notice notice, String title, String body, Instant createdAt) {
        if (exists(notice.dedupeKey())) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(savepoint.execute(status -> insert(notice, title, body, createdAt)));
        } catch (DuplicateKeyException sentMeanwhile) {
            return Optional.empty();
        }
    }

    private Long insert(Notice notice, String title, String body, Instant createdAt) {
        Recipient to = notice.recipient();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into notification (dedupe_key, recipient_user, recipient_group, recipient_subject, title, body,
                                          link, case_type, case_id, deadline_id, created_at)
                values (:key, :user, :group, :subject, :title, :body, :link, :caseType, :caseId, :deadlineId, :at)
                """)
                .param("key", notice.dedupeKey())
                .param("user", to.kind() == Recipient.Kind.USER ? to.id() : null)
                .param("group", to.kind() == Recipient.Kind.GROUP ? to.id() : null)
                .param("subject", to.kind() == Recipient.Kind.SUBJECT ? to.id() : null)
                .param("title", title)
                .param("body", body)
                .param("link", notice.link())
                .param("caseType", notice.caseType())
                .param("caseId", notice.caseId())
                .param("deadlineId", notice.deadlineId())
                .param("at", Timestamp.from(createdAt))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public boolean exists(String dedupeKey) {
        return jdbc.sql("select count(*) from notification where dedupe_key = ?").param(dedupeKey)
                .query(Integer.class).single() > 0;
    }

    /** Records that the e-mail went out, in its own transaction (it runs after the sender's has committed). */
    public void markEmailed(long id, Instant at) {
        ownTransaction.executeWithoutResult(status -> jdbc
                .sql("update notification set emailed_at = ? where id = ? and emailed_at is null")
                .params(Timestamp.from(at), id).update());
    }

    /** The e-mail addresses of the enabled accounts a recipient stands for. */
    public List<String> emailAddressesOf(Recipient recipient) {
        String who = switch (recipient.kind()) {
            case USER -> "username = :id";
            case GROUP -> "username in (select username from app_user_group where group_id = :id)";
            case SUBJECT -> "subject_code = :id and role = 'ENTERPRISE'";
        };
        return jdbc.sql("select distinct email from app_user where enabled = true and email is not null and email <> ''"
                        + " and " + who + " order by email")
                .param("id", recipient.id()).query(String.class).list();
    }

    /** The notifications a reader sees (their own, their groups', their subject's), newest first. */
    public List<Notification> inboxOf(CurrentUser reader) {
        Visibility visible = Visibility.of(reader);
        return jdbc.sql("select n.*, r.read_at from notification n"
                        + " left join notification_read r on r.notification_id = n.id and r.username = :reader"
                        + " where " + visible.condition + " order by n.created_at desc, n.id desc"
                        + " fetch first " + INBOX_LIMIT + " rows only")
                .params(visible.params).param("reader", reader.username())
                .query(NotificationRepository::map).list();
    }

    public int unreadCount(CurrentUser reader) {
        Visibility visible = Visibility.of(reader);
        return jdbc.sql("select count(*) from notification n where " + visible.condition
                        + " and not exists (select 1 from notification_read r"
                        + " where r.notification_id = n.id and r.username = :reader)")
                .params(visible.params).param("reader", reader.username())
                .query(Integer.class).single();
    }

    /** One notification the reader sees; another reader's is not found. */
    public Optional<Notification> find(CurrentUser reader, long id) {
        Visibility visible = Visibility.of(reader);
        return jdbc.sql("select n.*, r.read_at from notification n"
                        + " left join notification_read r on r.notification_id = n.id and r.username = :reader"
                        + " where n.id = :id and " + visible.condition)
                .params(visible.params).param("reader", reader.username()).param("id", id)
                .query(NotificationRepository::map).optional();
    }

    /** Marks read for this reader only, once (a second call keeps the first time). */
    public void markRead(String username, long id, Instant at) {
        jdbc.sql("""
                insert into notification_read (notification_id, username, read_at)
                select id, :reader, :at from notification n where n.id = :id
                and not exists (select 1 from notification_read r where r.notification_id = n.id and r.username = :reader)
                """)
                .param("reader", username).param("at", Timestamp.from(at)).param("id", id).update();
    }

    private static Notification map(ResultSet rs, int row) throws SQLException {
        long deadline = rs.getLong("deadline_id");
        Long deadlineId = rs.wasNull() ? null : deadline;
        return new Notification(rs.getLong("id"), rs.getString("dedupe_key"), recipientOf(rs), rs.getString("title"),
                rs.getString("body"), rs.getString("link"), rs.getString("case_type"), rs.getString("case_id"),
                deadlineId, instant(rs, "created_at"), instant(rs, "emailed_at"), instant(rs, "read_at"));
    }

    private static Recipient recipientOf(ResultSet rs) throws SQLException {
        if (rs.getString("recipient_user") != null) {
            return Recipient.user(rs.getString("recipient_user"));
        }
        if (rs.getString("recipient_group") != null) {
            return Recipient.group(rs.getString("recipient_group"));
        }
        return Recipient.subject(rs.getString("recipient_subject"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** Which rows a reader sees, as an SQL condition on {@code n} and its named parameters. */
    private record Visibility(String condition, java.util.Map<String, Object> params) {

        static Visibility of(CurrentUser reader) {
            List<String> alternatives = new ArrayList<>();
            java.util.Map<String, Object> params = new java.util.HashMap<>();
            alternatives.add("n.recipient_user = :username");
            params.put("username", reader.username());
            Set<String> groups = reader.groups();
            if (!groups.isEmpty()) {
                alternatives.add("n.recipient_group in (:groups)");
                params.put("groups", List.copyOf(groups));
            }
            if (reader.isEnterprise() && reader.subjectCode() != null) {
                alternatives.add("n.recipient_subject = :subject");
                params.put("subject", reader.subjectCode());
            }
            return new Visibility("(" + String.join(" or ", alternatives) + ")", params);
        }
    }
}
