package org.xinyong.workflow.reference;

import java.util.Locale;

/**
 * A measure of the sanction catalogue (seed000 §五(四) 联合奖惩清单; seed001 §四 9 清单管理).
 *
 * @param mandatory         true for a measure that must be applied jointly (强制性措施), false for a recommended one
 *                          (推荐性措施) chosen in proportion to the behaviour (seed001 §四 10)
 * @param legalBasis        the law, regulation or State Council document the measure rests on (seed001 §四 9)
 * @param issuingDepartment code of the local department that executes it
 * @param source            the seed clause it is drawn from
 * @param imposedBy         who may impose it: a department, or a court only (default DEPARTMENT)
 */
public record SanctionMeasure(String code, String titleZh, String titleEn, MeasureDomain domain, boolean mandatory,
                              String legalBasis, String issuingDepartment, String source, MeasureAuthority imposedBy) {

    public SanctionMeasure {
        imposedBy = imposedBy == null ? MeasureAuthority.DEPARTMENT : imposedBy;
    }

    /** A measure a department imposes. */
    public SanctionMeasure(String code, String titleZh, String titleEn, MeasureDomain domain, boolean mandatory,
                           String legalBasis, String issuingDepartment, String source) {
        this(code, titleZh, titleEn, domain, mandatory, legalBasis, issuingDepartment, source,
                MeasureAuthority.DEPARTMENT);
    }

    /** Whether a department may propose it when recording a finding: not a court-only measure. */
    public boolean mayBeImposedByADepartment() {
        return imposedBy == MeasureAuthority.DEPARTMENT;
    }

    public String title(Locale locale) {
        return Languages.isEnglish(locale) ? titleEn : titleZh;
    }

    /** Whether the measure may be proposed for a listing in {@code listingDomain}: its own domain, or ALL. */
    public boolean appliesTo(MeasureDomain listingDomain) {
        return domain == MeasureDomain.ALL || domain == listingDomain;
    }
}
