package org.xinyong.workflow.objection.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the identifying department posts to ask the applicant of an objection for supplementary evidence: what is
 * missing, the last day to answer, and the confirmation (the verification period stops counting meanwhile).
 */
public class EvidenceRequestForm {

    public static final int MAX_NOTE = 2000;

    private String note;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate respondBy;
    private boolean confirmed;

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getRespondBy() {
        return respondBy;
    }

    public void setRespondBy(LocalDate respondBy) {
        this.respondBy = respondBy;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
