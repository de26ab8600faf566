package org.xinyong.workflow.calendar;

import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Table {@code business_clock}: the one row holding how far the demo's business clock runs ahead. */
@Repository
public class BusinessClockOffsetRepository {

    private static final int ROW = 1;

    private final JdbcClient jdbc;

    public BusinessClockOffsetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Duration> load() {
        return jdbc.sql("select offset_seconds from business_clock where id = :id")
                .param("id", ROW)
                .query(Long.class).optional()
                .map(Duration::ofSeconds);
    }

    @Transactional
    public void save(Duration offset) {
        int updated = jdbc.sql("update business_clock set offset_seconds = :seconds where id = :id")
                .param("seconds", offset.toSeconds()).param("id", ROW).update();
        if (updated == 0) {
            jdbc.sql("insert into business_clock (id, offset_seconds) values (:id, :seconds)")
                    .param("seconds", offset.toSeconds()).param("id", ROW).update();
        }
    }
}
