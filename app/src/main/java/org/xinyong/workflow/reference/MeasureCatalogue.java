package org.xinyong.workflow.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sanction measure catalogue (seed001 §四 9: measures only from the list). Listing cases check proposed measure
 * codes against it; the sanctions check reads titles and legal bases from it.
 */
@Repository
public class MeasureCatalogue {

    private static final String COLUMNS =
            "code, title_zh, title_en, domain, mandatory, legal_basis, issuing_department, source, imposed_by";
    /** Mandatory measures first, then by code: the order a caseworker chooses from. */
    private static final String ORDER = " order by mandatory desc, code";

    private final JdbcClient jdbc;

    public MeasureCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active measures: those that may be proposed (an administrator may deactivate a measure). */
    public List<SanctionMeasure> all() {
        return jdbc.sql("select " + COLUMNS + " from sanction_measure where active = true" + ORDER)
                .query(MeasureCatalogue::map)
                .list();
    }

    /**
     * The active measures that may be proposed in {@code domain}: its own and the ALL-domain ones. For ALL itself: only the
     * ALL-domain measures.
     */
    public List<SanctionMeasure> forDomain(MeasureDomain domain) {
        return jdbc.sql("select " + COLUMNS + " from sanction_measure where active = true and domain in (?, ?)" + ORDER)
                .params(domain.name(), MeasureDomain.ALL.name())
                .query(MeasureCatalogue::map)
                .list();
    }

    public Optional<SanctionMeasure> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from sanction_measure where code = ?")
                .param(code)
                .query(MeasureCatalogue::map)
                .optional();
    }

    /** The measure if it is active, i.e. may still be proposed for a new listing. */
    public Optional<SanctionMeasure> findActive(String code) {
        return jdbc.sql("select " + COLUMNS + " from sanction_measure where code = ? and active = true")
                .param(code)
                .query(MeasureCatalogue::map)
                .optional();
    }

    /** Every measure, active or not, by code (for the administrator). */
    public List<SanctionMeasure> allIncludingInactive() {
        return jdbc.sql("select " + COLUMNS + " from sanction_measure order by code")
                .query(MeasureCatalogue::map)
                .list();
    }

    /** The codes of the deactivated measures. */
    public Set<String> inactiveCodes() {
        return new LinkedHashSet<>(jdbc.sql("select code from sanction_measure where active = false order by code")
                .query(String.class)
                .list());
    }

    /** Inserts a new, active measure (the caller has checked that its code is free). */
    public void insert(SanctionMeasure measure) {
        jdbc.sql("insert into sanction_measure (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(measure.code(), measure.titleZh(), measure.titleEn(), measure.domain().name(),
                        measure.mandatory(), measure.legalBasis(), measure.issuingDepartment(), measure.source(),
                        measure.imposedBy().name())
                .update();
    }

    /** Changes everything but the code; answers whether the measure exists. */
    public boolean update(SanctionMeasure measure) {
        return jdbc.sql("update sanction_measure set title_zh = ?, title_en = ?, domain = ?, mandatory = ?,"
                        + " legal_basis = ?, issuing_department = ?, source = ? where code = ?")
                .params(measure.titleZh(), measure.titleEn(), measure.domain().name(), measure.mandatory(),
                        measure.legalBasis(), measure.issuingDepartment(), measure.source(), measure.code())
                .update() > 0;
    }

    /** Deactivates (false) or reactivates (true) a measure; answers whether the measure exists. */
    public boolean setActive(String code, boolean active) {
        return jdbc.sql("update sanction_measure set active = ? where code = ?").params(active, code).update() > 0;
    }

    /** How many listing cases name the measure. */
    public long usageCount(String code) {
        return jdbc.sql("select count(*) from listing_case_measure where measure_code = ?")
                .param(code).query(Long.class).single();
    }

    /** The given codes that are not in the catalogue, in the given order; empty when all are known. */
    public Set<String> unknownCodes(Collection<String> codes) {
        Set<String> unknown = new LinkedHashSet<>(codes);
        if (!unknown.isEmpty()) {
            unknown.removeAll(jdbc.sql("select code from sanction_measure where code in (:codes)")
                    .param("codes", unknown)
                    .query(String.class)
                    .list());
        }
        return unknown;
    }

    /** Inserts the measure unless one with its code exists; an existing row is left as it is. */
    public boolean insertIfAbsent(SanctionMeasure measure) {
        int inserted = jdbc.sql("insert into sanction_measure (" + COLUMNS + ") select ?, ?, ?, ?, ?, ?, ?, ?, ?"
                        + " where not exists (select 1 from sanction_measure where code = ?)")
                .params(measure.code(), measure.titleZh(), measure.titleEn(), measure.domain().name(),
                        measure.mandatory(), measure.legalBasis(), measure.issuingDepartment(), measure.source(),
                        measure.imposedBy().name(), measure.code())
                .update();
        return inserted > 0;
    }

    private static SanctionMeasure map(ResultSet row, int number) throws SQLException {
        return new SanctionMeasure(row.getString("code"), row.getString("title_zh"), row.getString("title_en"),
                MeasureDomain.valueOf(row.getString("domain")), row.getBoolean("mandatory"),
                row.getString("legal_basis"), row.getString("issuing_department"), row.getString("source"),
                MeasureAuthority.valueOf(row.getString("imposed_by")));
    }
}
