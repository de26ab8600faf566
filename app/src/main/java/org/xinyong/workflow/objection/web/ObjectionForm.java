package org.xinyong.workflow.objection.web;

import org.xinyong.workflow.objection.Objections;

/**
 * The one "提出异议" form: the subject's in the portal against its published listing, and the credit office's on the
 * listing page against information it finds wrong (DOMAIN Lifecycle B.1). The grounds, and the confirmation, since
 * filing suspends the listing's sanctions and cannot be withdrawn. Evidence files come as the multipart part
 * {@code files} (a browser keeps no file across a refused submission, so only the text is kept) or over the
 * objection's own page.
 */
public class ObjectionForm {

    /** As {@link Objections#MAX_GROUNDS}. */
    public static final int MAX_GROUNDS = Objections.MAX_GROUNDS;

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
