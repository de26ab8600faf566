package org.xinyong.workflow.admin.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyong.workflow.admin.AdminAction;
import org.xinyong.workflow.admin.AdminRefusal;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.reference.MeasureCatalogue;
import org.xinyong.workflow.reference.SanctionMeasure;
import org.xinyong.workflow.errors.NotFoundException;

/**
 * The administrator's edits of the sanction measure catalogue (seed000 §五(四); seed001 §四 9-10). A measure is never
 * deleted, since cases and decisions name it: it is deactivated, after which it is no longer offered for new
 * listings but still shown wherever it was imposed. Every change is audited.
 */
@Service
public class MeasureAdministration {

    static final String REF = "measure";

    private final MeasureCatalogue catalogue;
    private final AuditLog audit;

    public MeasureAdministration(MeasureCatalogue catalogue, AuditLog audit) {
        this.catalogue = catalogue;
        this.audit = audit;
    }

    /** Every measure with whether it is active and how many listing cases name it. */
    public List<CatalogueEntry> entries() {
        Set<String> inactive = catalogue.inactiveCodes();
        return catalogue.allIncludingInactive().stream()
                .map(measure -> new CatalogueEntry(measure, !inactive.contains(measure.code()),
                        catalogue.usageCount(measure.code())))
                .toList();
    }

    public CatalogueEntry entry(String code) {
        SanctionMeasure measure = catalogue.find(code)
                .orElseThrow(() -> new NotFoundException("admin.measures.notFound", code));
        return new CatalogueEntry(measure, !catalogue.inactiveCodes().contains(code), catalogue.usageCount(code));
    }

    @Transactional
    public void add(SanctionMeasure measure) {
        if (catalogue.find(measure.code()).isPresent()) {
            throw new AdminRefusal("code", "admin.measures.error.code.taken", measure.code());
        }
        catalogue.insert(measure);
        audit.record(AdminAction.MEASURE_ADDED, null, AdminAction.ref(REF, measure.code()),
                measure.domain() + (measure.mandatory() ? ", mandatory: " : ", recommended: ") + measure.titleZh(),
                null);
    }

    @Transactional
    public void change(SanctionMeasure measure) {
        SanctionMeasure before = entry(measure.code()).measure();
        List<String> changes = changes(before, measure);
        if (changes.isEmpty()) {
            return;
        }
        catalogue.update(measure);
        audit.record(AdminAction.MEASURE_CHANGED, null, AdminAction.ref(REF, measure.code()),
                String.join("; ", changes), null);
    }

    @Transactional
    public void deactivate(String code) {
        if (entry(code).active()) {
            catalogue.setActive(code, false);
            audit.record(AdminAction.MEASURE_DEACTIVATED, null, AdminAction.ref(REF, code), null, null);
        }
    }

    @Transactional
    public void reactivate(String code) {
        if (!entry(code).active()) {
            catalogue.setActive(code, true);
            audit.record(AdminAction.MEASURE_REACTIVATED, null, AdminAction.ref(REF, code), null, null);
        }
    }

    /** What changed, field by field, for the audit log. */
    static List<String> changes(SanctionMeasure before, SanctionMeasure after) {
        List<String> changes = new ArrayList<>();
        change(changes, "titleZh", before.titleZh(), after.titleZh());
        change(changes, "titleEn", before.titleEn(), after.titleEn());
        change(changes, "domain", before.domain(), after.domain());
        change(changes, "mandatory", before.mandatory(), after.mandatory());
        change(changes, "legalBasis", before.legalBasis(), after.legalBasis());
        change(changes, "issuingDepartment", before.issuingDepartment(), after.issuingDepartment());
        change(changes, "source", before.source(), after.source());
        return changes;
    }

    private static void change(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + before + " -> " + after);
        }
    }

    /** A catalogue row for the administrator. */
    public record CatalogueEntry(SanctionMeasure measure, boolean active, long usedByCases) {
    }
}
