package org.xinyong.workflow.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.xinyong.workflow.calendar.BusinessClock;

/**
 * The audit_entry table. Insert and read only: the log is append-only, so there is deliberately no update or delete.
 * Times are stored as local date-times of the business zone (xinyong.calendar.zone).
 */
@Repository
class AuditEntryRepository {

    private static final String COLUMNS =
            "id, occurred_at, actor, action, subject_code, case_ref, detail, purpose, client_address";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    AuditEntryRepository(JdbcClient jdbc, BusinessClock clock) {
        this.jdbc = jdbc;
        this.zone = clock.zone();
    }

    /** Inserts the entry (its id is ignored) and answers it with the generated id. */
    AuditEntry insert(AuditEntry entry) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into audit_entry (occurred_at, actor, action, subject_code, case_ref, detail, purpose,"
                        + " client_address) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(entry.occurredAt().atZoneSameInstant(zone).toLocalDateTime(), entry.actor(), entry.action(),
                        entry.subjectCode(), entry.caseRef(), entry.detail(), entry.purpose(), entry.clientAddress())
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        return new AuditEntry(id, entry.occurredAt(), entry.actor(), entry.action(), entry.subjectCode(),
                entry.caseRef(), entry.detail(), entry.purpose(), entry.clientAddress());
    }

    /** Rows per multi-row insert of {@link #insertAll}: 8 parameters each, far below any driver's limit. */
    static final int BATCH_ROWS = 250;

    /** Inserts the entries (their ids are ignored), {@value #BATCH_ROWS} rows per statement. */
    void insertAll(List<AuditEntry> all) {
        for (int from = 0; from < all.size(); from += BATCH_ROWS) {
            List<AuditEntry> batch = all.subList(from, Math.min(all.size(), from + BATCH_ROWS));
            List<Object> values = new ArrayList<>(batch.size() * 8);
            for (AuditEntry entry : batch) {
                values.addAll(java.util.Arrays.asList(entry.occurredAt().atZoneSameInstant(zone).toLocalDateTime(),
                        entry.actor(), entry.action(), entry.subjectCode(), entry.caseRef(), entry.detail(),
                        entry.purpose(), entry.clientAddress()));
            }
            jdbc.sql("insert into audit_entry (occurred_at, actor, action, subject_code, case_ref, detail, purpose,"
                            + " client_address) values "
                            + String.join(", ", java.util.Collections.nCopies(batch.size(), "(?, ?, ?, ?, ?, ?, ?, ?)")))
                    .params(values)
                    .update();
        }
    }

    /** Newest first; a null filter value matches everything. */
    List<AuditEntry> find(String subjectCode, String caseRef, int offset, int limit) {
        return find(new AuditFilter(subjectCode, caseRef, null, null, null, null), offset, limit);
    }

    /** Newest first, the entries the filter matches. */
    List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        List<Object> values = new ArrayList<>();
        String where = where(filter, values);
        values.add(offset);
        values.add(limit);
        return jdbc.sql("select " + COLUMNS + " from audit_entry" + where
                        + " order by occurred_at desc, id desc offset ? rows fetch next ? rows only")
                .params(values)
                .query(this::map)
                .list();
    }

    long count(AuditFilter filter) {
        List<Object> values = new ArrayList<>();
        String where = where(filter, values);
        return jdbc.sql("select count(*) from audit_entry" + where).params(values).query(Long.class).single();
    }

    private static String where(AuditFilter filter, List<Object> values) {
        List<String> conditions = new ArrayList<>();
        if (filter.subjectCode() != null) {
            conditions.add("subject_code = ?");
            values.add(filter.subjectCode());
        }
        if (filter.caseRef() != null) {
            conditions.add("case_ref = ?");
            values.add(filter.caseRef());
        }
        if (filter.action() != null) {
            conditions.add("action = ?");
            values.add(filter.action());
        }
        if (filter.actor() != null) {
            conditions.add("actor = ?");
            values.add(filter.actor());
        }
        // times are stored as local date-times of the business zone: a day is [its start, the next day's start)
        if (filter.from() != null) {
            conditions.add("occurred_at >= ?");
            values.add(filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < ?");
            values.add(filter.to().plusDays(1).atStartOfDay());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private AuditEntry map(ResultSet row, int number) throws SQLException {
        return new AuditEntry(row.getLong("id"),
                row.getObject("occurred_at", LocalDateTime.class).atZone(zone).toOffsetDateTime(),
                row.getString("actor"), row.getString("action"), row.getString("subject_code"),
                row.getString("case_ref"), row.getString("detail"), row.getString("purpose"),
                row.getString("client_address"));
    }
}
