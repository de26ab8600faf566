package org.xinyong.workflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditFilter;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.audit.AuditTrail;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.Groups;
import org.xinyong.workflow.security.Roles;
import org.xinyong.workflow.support.PostgresIntegrationTest;

/**
 * The case list's one query over every case kind ({@link CaseSearch}, issue 19.2) and the audit page's filters
 * (issue 19.13) on PostgreSQL: the union of the kinds' selects, the LIKE escape, the department rule and paging.
 */
@PostgresIntegrationTest
class CaseSearchPostgresIT {

    @Autowired
    CaseSearch search;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    AuditTrail trail;
    @Autowired
    BusinessClock clock;

    static final CurrentUser AMR = new CurrentUser("amr", "amr", Roles.STAFF, Set.of(Groups.department("amr")),
            "amr", null);
    static final CurrentUser CREDIT = new CurrentUser("credit", "credit", Roles.STAFF,
            Set.of(Groups.CREDIT_OFFICE), "credit-office", null);

    @Test
    void findsByNameCodeAndNumberWithinTheDepartmentAndPages() {
        String name = "检索_" + UUID.randomUUID().toString().substring(0, 8);
        long own = insertCase("amr", name);
        long other = insertCase("tax", name);
        long third = insertCase("amr", name);

        CaseSearch.Criteria byName = new CaseSearch.Criteria(null, name, null, null, null);
        assertThat(keys(search.find(AMR, byName, 0, 20))).containsExactly("LISTING-" + third, "LISTING-" + own);
        assertThat(keys(search.find(CREDIT, byName, 0, 20))).containsExactlyInAnyOrder("LISTING-" + own,
                "LISTING-" + other, "LISTING-" + third);
        CaseSearch.Page firstPage = search.find(CREDIT, byName, 0, 2);
        assertThat(firstPage.total()).isEqualTo(3);
        assertThat(firstPage.rows()).hasSize(2);
        assertThat(search.find(CREDIT, byName, 2, 2).rows()).hasSize(1);

        assertThat(keys(search.find(AMR, new CaseSearch.Criteria(null, null, "LISTING-" + own, null, null), 0, 20)))
                .containsExactly("LISTING-" + own);
        assertThat(search.find(AMR, new CaseSearch.Criteria(null, null, "LISTING-" + other, null, null), 0, 20)
                .total()).isZero();
        assertThat(search.find(AMR, new CaseSearch.Criteria(CaseType.LISTING, name, null, "UNDER_REVIEW", true),
                0, 20).total()).isEqualTo(2);
        assertThat(search.find(AMR, new CaseSearch.Criteria(CaseType.OBJECTION, name, null, null, null), 0, 20)
                .total()).isZero();
        assertThat(search.find(AMR, new CaseSearch.Criteria(null, name, null, null, false), 0, 20).total()).isZero();
        // "_" is no wildcard: "检索_" matches, "检索x" does not
        assertThat(search.find(CREDIT, new CaseSearch.Criteria(null, "检索x", null, null, null), 0, 20).total())
                .isZero();
    }

    @Test
    void auditFiltersByActionActorAndDay() {
        String subject = "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 17).toUpperCase();
        audit.record(AuditAction.SUBJECT_VIEWED, subject, "LISTING-1", "a", null);
        audit.record(AuditAction.DOCUMENT_ISSUED, subject, "LISTING-2", "b", null);
        AuditFilter all = new AuditFilter(subject, null, null, null, null, null);
        assertThat(trail.count(all)).isEqualTo(2);
        assertThat(trail.find(new AuditFilter(subject, "LISTING-2", "DOCUMENT_ISSUED", "system", clock.today(),
                clock.today()), 0, 10)).extracting(entry -> entry.detail()).containsExactly("b");
        assertThat(trail.count(new AuditFilter(subject, null, null, null, null, clock.today().minusDays(1))))
                .isZero();
    }

    private long insertCase(String department, String subjectName) {
        return jdbc.sql("""
                insert into listing_case (status, department_code, subject_type, subject_code, subject_name,
                    basis_type, basis_number, basis_date, domain, proposed_severity, severity, facts, rule_set_id,
                    recorded_by, recorded_at)
                values ('UNDER_REVIEW', ?, 'ENTERPRISE', '91230400MA19XY0035', ?, 'ADMINISTRATIVE_PENALTY', 'X-1',
                    current_date, 'MARKET_ORDER', 'SERIOUS', 'SERIOUS', 'facts', 'seeds-default', 'amr',
                    clock_timestamp())
                returning id
                """).params(department, subjectName).query(Long.class).single();
    }

    private static List<String> keys(CaseSearch.Page page) {
        return page.rows().stream().map(row -> row.ref().businessKey()).toList();
    }
}
