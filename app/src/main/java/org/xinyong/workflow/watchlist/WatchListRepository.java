package org.xinyong.workflow.watchlist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code watch_list_entry} (V1_17): one entry per record, closed by the unique {@code case_id}. */
@Repository
public class WatchListRepository {

    private final JdbcClient jdbc;

    public WatchListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the record's entry unless it has one; answers the record's entry either way.
     *
     * @param publishUntil the end of its public period (rule set publicationPeriod of general records)
     */
    public WatchListEntry insertOnce(WatchListEntry draft, Instant publishUntil) {
        Optional<WatchListEntry> existing = ofRecord(draft.recordId());
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("""
                insert into watch_list_entry (case_id, subject_type, subject_code, subject_name, department_code,
                    since, until_at, measures, publish_until)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(draft.recordId(), draft.subjectType(), draft.subjectCode(), draft.subjectName(),
                        draft.departmentCode(), Timestamp.from(draft.since()), Timestamp.from(draft.until()),
                        String.join(",", draft.measures()), Timestamp.from(publishUntil))
                .update();
        return ofRecord(draft.recordId()).orElseThrow();
    }

    public Optional<WatchListEntry> ofRecord(long recordId) {
        return jdbc.sql("select * from watch_list_entry where case_id = ?").param(recordId)
                .query(WatchListRepository::map).optional();
    }

    /** The subject's entries, newest first. */
    public List<WatchListEntry> ofSubject(String subjectCode) {
        return jdbc.sql("select * from watch_list_entry where subject_code = ? order by since desc, id desc")
                .param(subjectCode).query(WatchListRepository::map).list();
    }

    /** Entries whose period ended by {@code now} and whose end was not announced yet, earliest first. */
    public List<WatchListEntry> endedUnannounced(Instant now, int limit) {
        return jdbc.sql("""
                select * from watch_list_entry
                where until_at <= ? and exited_at is null and removed_at is null
                order by until_at, id fetch first ? rows only
                """).params(Timestamp.from(now), limit).query(WatchListRepository::map).list();
    }

    /** Marks the entry's end announced; false when another node (or an earlier run) did so first. */
    public boolean markExited(long id, Instant at) {
        return jdbc.sql("update watch_list_entry set exited_at = ? where id = ? and exited_at is null")
                .params(Timestamp.from(at), id).update() == 1;
    }

    /**
     * The published general records (seed003 §二(四)2 适当范围的公示) at {@code now}, newest first: an enterprise found by
     * a part of its name or code, a person only by the full ID number, as on the serious list.
     */
    public List<PublishedEntry> published(String query, Instant now, int limit, int offset) {
        String q = query == null || query.isBlank() ? null : query.trim();
        return jdbc.sql("""
                select * from watch_list_entry
                 where publish_until > :now and removed_at is null
                   and (cast(:q as varchar) is null
                        or (subject_type = 'ENTERPRISE' and (lower(subject_name) like :like escape '!'
                                                             or lower(subject_code) like :like escape '!'))
                        or (subject_type = 'INDIVIDUAL' and subject_code = :exact))
                 order by since desc, id desc limit :limit offset :offset
                """)
                .param("now", Timestamp.from(now))
                .param("q", q)
                .param("like", q == null ? null : "%" + q.toLowerCase().replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%")
                .param("exact", q == null ? null : q.toUpperCase())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> new PublishedEntry(map(rs, row), rs.getTimestamp("publish_until").toInstant()))
                .list();
    }

    /** An entry on the public page, with the end of its public period. */
    public record PublishedEntry(WatchListEntry entry, Instant publishUntil) {
    }

    /** Whether the subject has an entry in force at {@code now} (an index range on subject and end). */
    public boolean activeFor(String subjectCode, Instant now) {
        return jdbc.sql("""
                select count(*) from watch_list_entry
                where subject_code = ? and until_at > ? and removed_at is null
                """).params(subjectCode, Timestamp.from(now)).query(Long.class).single() > 0;
    }

    /** Of {@code subjectCodes}, those with an entry in force at {@code now} (one query for a batch). */
    public java.util.Set<String> activeAmong(java.util.Collection<String> subjectCodes, Instant now) {
        if (subjectCodes.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("""
                select distinct subject_code from watch_list_entry
                where subject_code in (:codes) and until_at > :now and removed_at is null
                """).param("codes", subjectCodes).param("now", Timestamp.from(now)).query(String.class).list());
    }

    private static WatchListEntry map(ResultSet rs, int row) throws SQLException {
        String measures = rs.getString("measures");
        Timestamp removedAt = rs.getTimestamp("removed_at");
        return new WatchListEntry(rs.getLong("id"), rs.getLong("case_id"), rs.getString("subject_type"),
                rs.getString("subject_code"), rs.getString("subject_name"), rs.getString("department_code"),
                rs.getTimestamp("since").toInstant(), rs.getTimestamp("until_at").toInstant(),
                measures == null || measures.isBlank() ? List.of() : List.of(measures.split(",")),
                removedAt == null ? null : removedAt.toInstant(), rs.getString("removal_reason"));
    }
}
