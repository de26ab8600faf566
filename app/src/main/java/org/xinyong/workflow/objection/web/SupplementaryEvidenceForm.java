package org.xinyong.workflow.objection.web;

/**
 * The applicant's answer to a request for supplementary evidence (DOMAIN Lifecycle B.6): a note and files (the
 * multipart part {@code files}), at least one of the two, and the confirmation, since the answer ends the pause of
 * the verification period.
 */
public class SupplementaryEvidenceForm {

    /** As the department's request note ({@code work.web.EvidenceRequestForm}). */
    public static final int MAX_NOTE = 2000;

    private String note;
    private boolean confirmed;

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
