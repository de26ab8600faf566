package org.xinyong.workflow.admin.measures;

import org.xinyong.workflow.reference.SanctionMeasure;

/** A sanction measure as typed by the administrator; the code is fixed once the measure exists. */
public class MeasureForm {

    private String code;
    private String titleZh;
    private String titleEn;
    private String domain;
    private boolean mandatory;
    private String legalBasis;
    private String issuingDepartment;
    private String source;

    public static MeasureForm of(SanctionMeasure measure) {
        MeasureForm form = new MeasureForm();
        form.setCode(measure.code());
        form.setTitleZh(measure.titleZh());
        form.setTitleEn(measure.titleEn());
        form.setDomain(measure.domain().name());
        form.setMandatory(measure.mandatory());
        form.setLegalBasis(measure.legalBasis());
        form.setIssuingDepartment(measure.issuingDepartment());
        form.setSource(measure.source());
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getIssuingDepartment() {
        return issuingDepartment;
    }

    public void setIssuingDepartment(String issuingDepartment) {
        this.issuingDepartment = issuingDepartment;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
