package org.xinyong.workflow.exchange;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xinyong.workflow.calendar.BusinessClock;

/**
 * The transactional outbox (issue 16 "Event feed"; seed000 §三 归集, seed001 §四15, seed004 §三(三)2-4): an event is
 * written in the transaction of the change it reports, or not at all, together with one pending delivery per
 * subscription of its type. Ids come from the one-row {@code exchange_feed} counter, whose row lock keeps them in
 * commit order (V1_30__exchange_events.sql).
 */
@Service
public class ExchangeEvents {

    private final JdbcClient jdbc;
    private final BusinessClock clock;
    private final ObjectMapper json;

    public ExchangeEvents(JdbcClient jdbc, BusinessClock clock, ObjectMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    /**
     * @param type        one of {@link EventTypes#KNOWN}
     * @param subjectCode the subject the change concerns (the envelope's {@code subject})
     * @param source      where it happened, e.g. {@code urn:xinyong:workflow/listings/42}
     * @param data        the event's data, serialised as a JSON object
     * @return the event's id
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction: an event
     *         written on its own could report a change that never committed
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long record(String type, String subjectCode, String source, Map<String, ?> data) {
        if (!EventTypes.KNOWN.contains(type)) {
            throw new IllegalArgumentException("Unknown event type " + type);
        }
        jdbc.sql("update exchange_feed set last_id = last_id + 1 where id = 1").update();
        long id = jdbc.sql("select last_id from exchange_feed where id = 1").query(Long.class).single();
        jdbc.sql("insert into exchange_event (id, type, source, subject, occurred_at, data) values (?, ?, ?, ?, ?, ?)")
                .params(id, type, source, subjectCode, utc(clock.now()), write(data))
                .update();
        jdbc.sql("""
                        insert into exchange_delivery (subscription_id, event_id, status, attempts, next_attempt_at)
                        select s.id, ?, 'PENDING', 0, ? from exchange_subscription s
                        join exchange_subscription_type t on t.subscription_id = s.id
                        where s.deleted_at is null and t.type = ?""")
                .params(id, utc(Instant.now()), type)
                .update();
        return id;
    }

    /** The events after {@code afterId} in id order, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<FeedEvent> after(long afterId, int limit) {
        return jdbc.sql("select id, type, source, subject, occurred_at, data from exchange_event where id > ?"
                        + " order by id fetch first ? rows only")
                .params(afterId, limit)
                .query((row, number) -> new FeedEvent(String.valueOf(row.getLong("id")), row.getString("type"),
                        row.getString("source"), instant(row.getObject("occurred_at", LocalDateTime.class)),
                        row.getString("subject"), read(row.getString("data"))))
                .list();
    }

    /** One event, for its deliveries. */
    @Transactional(readOnly = true)
    public java.util.Optional<FeedEvent> find(long id) {
        return jdbc.sql("select id, type, source, subject, occurred_at, data from exchange_event where id = ?")
                .param(id)
                .query((row, number) -> new FeedEvent(String.valueOf(row.getLong("id")), row.getString("type"),
                        row.getString("source"), instant(row.getObject("occurred_at", LocalDateTime.class)),
                        row.getString("subject"), read(row.getString("data"))))
                .optional();
    }

    private String write(Map<String, ?> data) {
        try {
            return json.writeValueAsString(data == null ? Map.of() : data);
        } catch (JsonProcessingException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    com.fasterxml.jackson.databind.JsonNode read(String data) {
        try {
            return json.readTree(data);
        } catch (JsonProcessingException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
