package org.xinyong.workflow.objection.web;

/**
 * The portal's "提出异议" form against a published listing (DOMAIN Lifecycle B.1): the grounds, and the subject's
 * confirmation, since filing suspends the listing's sanctions and cannot be withdrawn. The evidence files come as
 * the multipart part {@code files}; a browser keeps no file across a refused submission, so only the text is kept.
 */
public class ObjectionFilingForm {

    /** As the objection's {@code grounds} column and {@code Objections.file}. */
    public static final int MAX_GROUNDS = 4000;

    private String grounds;
    private boolean confirmed;

    public String getGrounds() {
        return grounds;
    }

    public void setGrounds(String grounds) {
        this.grounds = grounds;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
