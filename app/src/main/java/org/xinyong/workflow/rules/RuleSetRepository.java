package org.xinyong.workflow.rules;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code rule_set}: rows are inserted, never updated. */
@Repository
public class RuleSetRepository {

    private final JdbcClient jdbc;

    public RuleSetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> contentOf(String id) {
        return jdbc.sql("select content from rule_set where id = :id").param("id", id).query(String.class).optional();
    }

    public List<StoredRuleSet> ofSeries(String series) {
        return jdbc.sql("select id, content from rule_set where series = :series order by effective_from")
                .param("series", series).query(StoredRuleSet.class).list();
    }

    /** The ids and effective dates of a series' sets, without their content (read once per case start). */
    public List<Edition> editionsOf(String series) {
        return jdbc.sql("select id, effective_from from rule_set where series = :series")
                .param("series", series)
                .query((rs, row) -> new Edition(rs.getString("id"), rs.getObject("effective_from", LocalDate.class)))
                .list();
    }

    /** A rule set's id and the day it takes effect. */
    public record Edition(String id, LocalDate effectiveFrom) {
    }

    public List<StoredRuleSet> all() {
        return jdbc.sql("select id, content from rule_set order by series, effective_from")
                .query(StoredRuleSet.class).list();
    }

    public boolean exists(String id) {
        return jdbc.sql("select count(*) from rule_set where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    public void insert(RuleSet ruleSet, String content, Instant createdAt) {
        jdbc.sql("""
                        insert into rule_set (id, series, title, effective_from, source, content, created_at)
                        values (:id, :series, :title, :effectiveFrom, :source, :content, :createdAt)""")
                .param("id", ruleSet.id())
                .param("series", ruleSet.series())
                .param("title", ruleSet.title())
                .param("effectiveFrom", ruleSet.effectiveFrom())
                .param("source", ruleSet.source())
                .param("content", content)
                .param("createdAt", Timestamp.from(createdAt))
                .update();
    }
}
