package org.xinyong.workflow.listing.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.xinyong.workflow.listing.RecordFindingRequest;
import org.xinyong.workflow.validation.SubjectType;

/**
 * The "record a finding" form as the browser posts it. Its field names are those of {@link RecordFindingRequest}, so
 * the request's constraints are reported on the form's fields; the request is what the service receives.
 */
public class RecordFindingForm {

    private SubjectType subjectType = SubjectType.ENTERPRISE;
    private String subjectCode;
    private String subjectName;
    private String basisType;
    private String basisNumber;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate basisDate;
    private String domain;
    private String severity;
    private String facts;
    private List<String> measures = new ArrayList<>();
    private boolean summaryProcedure;
    private boolean firstMinorCorrected;
    private boolean legalRepresentativeSerious;
    private boolean ignoredCreditReminder;

    /** Codes are compared in upper case (the check character of an ID number is written {@code X}). */
    public RecordFindingRequest toRequest() {
        return new RecordFindingRequest(subjectType,
                subjectCode == null ? null : subjectCode.trim().toUpperCase(Locale.ROOT), subjectName, blankAsNull(basisType),
                basisNumber, basisDate, blankAsNull(domain), blankAsNull(severity), facts, measures, summaryProcedure,
                firstMinorCorrected, legalRepresentativeSerious, ignoredCreditReminder);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(SubjectType subjectType) {
        this.subjectType = subjectType;
    }

    public String getSubjectCode() {
        return subjectCode;
    }

    public void setSubjectCode(String subjectCode) {
        this.subjectCode = subjectCode;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public void setSubjectName(String subjectName) {
        this.subjectName = subjectName;
    }

    public String getBasisType() {
        return basisType;
    }

    public void setBasisType(String basisType) {
        this.basisType = basisType;
    }

    public String getBasisNumber() {
        return basisNumber;
    }

    public void setBasisNumber(String basisNumber) {
        this.basisNumber = basisNumber;
    }

    public LocalDate getBasisDate() {
        return basisDate;
    }

    public void setBasisDate(LocalDate basisDate) {
        this.basisDate = basisDate;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public String getFacts() {
        return facts;
    }

    public void setFacts(String facts) {
        this.facts = facts;
    }

    public List<String> getMeasures() {
        return measures;
    }

    public void setMeasures(List<String> measures) {
        this.measures = measures == null ? new ArrayList<>() : new ArrayList<>(measures);
    }

    public boolean isSummaryProcedure() {
        return summaryProcedure;
    }

    public void setSummaryProcedure(boolean summaryProcedure) {
        this.summaryProcedure = summaryProcedure;
    }

    public boolean isFirstMinorCorrected() {
        return firstMinorCorrected;
    }

    public void setFirstMinorCorrected(boolean firstMinorCorrected) {
        this.firstMinorCorrected = firstMinorCorrected;
    }

    public boolean isLegalRepresentativeSerious() {
        return legalRepresentativeSerious;
    }

    public void setLegalRepresentativeSerious(boolean legalRepresentativeSerious) {
        this.legalRepresentativeSerious = legalRepresentativeSerious;
    }

    public boolean isIgnoredCreditReminder() {
        return ignoredCreditReminder;
    }

    public void setIgnoredCreditReminder(boolean ignoredCreditReminder) {
        this.ignoredCreditReminder = ignoredCreditReminder;
    }
}
