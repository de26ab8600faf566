package org.xinyong.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.reference.MeasureCatalogue;
import org.xinyong.workflow.reference.MeasureDomain;
import org.xinyong.workflow.reference.SanctionMeasure;
import org.xinyong.workflow.support.PostgresTestDatabase;

/**
 * On PostgreSQL the database itself keeps the audit log append-only (db/vendor/postgresql/V1_3_1), and the portable
 * SQL of audit and reference data runs there too. Cleans and migrates a database of its own beside the test
 * database ({@code <test database>_refdata}, created when missing, see {@link PostgresTestDatabase#sibling}); skipped
 * when PostgreSQL is not reachable, failed instead when {@code XINYONG_REQUIRE_POSTGRES=true} (CI).
 */
class AuditAppendOnlyPostgresIT {

    private static DataSource dataSource;
    private static JdbcClient jdbc;

    @BeforeAll
    static void migrateAFreshDatabase() {
        PostgresTestDatabase.Sibling own = PostgresTestDatabase.sibling("refdata");
        if (own.settings().required()) {
            assertThat(own.availability().isReachable()).as(own.availability().reason()).isTrue();
        }
        assumeThat(own.availability().isReachable()).as(own.availability().reason()).isTrue();
        dataSource = new DriverManagerDataSource(own.settings().url(), own.settings().user(),
                own.settings().password());
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .cleanDisabled(false)
                .load();
        flyway.clean();
        flyway.migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void updateOfAnAuditEntryIsRefused() {
        long id = insertEntry("UPDATE target");

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'mallory' where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(actorOf(id)).isEqualTo("amr");
    }

    @Test
    void deleteOfAnAuditEntryIsRefused() {
        long id = insertEntry("DELETE target");

        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(actorOf(id)).isEqualTo("amr");
    }

    @Test
    void truncateOfTheAuditLogIsRefused() {
        long id = insertEntry("TRUNCATE target");

        assertThatThrownBy(() -> jdbc.sql("truncate table audit_entry").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(actorOf(id)).isEqualTo("amr");
    }

    @Test
    void repositoryWritesAndReadsBackNewestFirst() {
        AuditEntryRepository repository = new AuditEntryRepository(jdbc, clockIn(ZoneId.of("Asia/Shanghai")));
        OffsetDateTime earlier = OffsetDateTime.parse("2025-03-03T10:00:00+08:00");
        repository.insert(entry("subject-pg", earlier, "earlier"));
        repository.insert(entry("subject-pg", earlier.plusMinutes(5), "later"));

        assertThat(repository.find("subject-pg", null, 0, 1)).singleElement().satisfies(entry -> {
            assertThat(entry.detail()).isEqualTo("later");
            assertThat(entry.occurredAt()).isEqualTo(earlier.plusMinutes(5));
        });
        assertThat(repository.find("subject-pg", null, 1, 1)).extracting(AuditEntry::detail)
                .containsExactly("earlier");
    }

    @Test
    void measureInsertIfAbsentRunsOnPostgres() {
        MeasureCatalogue catalogue = new MeasureCatalogue(jdbc);
        SanctionMeasure measure = new SanctionMeasure("M-PG-TEST", "测试", "Test", MeasureDomain.ALL, false,
                "国发〔2016〕33号", null, "seed000 §五(四)");

        assertThat(catalogue.insertIfAbsent(measure)).isTrue();
        assertThat(catalogue.insertIfAbsent(measure)).isFalse();
        assertThat(catalogue.unknownCodes(List.of("M-PG-TEST", "M-NONE"))).containsExactly("M-NONE");
    }

    private static long insertEntry(String detail) {
        return new AuditEntryRepository(jdbc, clockIn(ZoneId.of("Asia/Shanghai")))
                .insert(entry("91230400MA19XY0035", OffsetDateTime.now(), detail))
                .id();
    }

    private static AuditEntry entry(String subject, OffsetDateTime at, String detail) {
        return new AuditEntry(0, at, "amr", "SUBJECT_VIEWED", subject, null, detail, null, "127.0.0.1");
    }

    private static String actorOf(long id) {
        return jdbc.sql("select actor from audit_entry where id = ?").param(id).query(String.class).single();
    }

    private static BusinessClock clockIn(ZoneId zone) {
        BusinessClock clock = mock(BusinessClock.class);
        when(clock.zone()).thenReturn(zone);
        return clock;
    }
}
