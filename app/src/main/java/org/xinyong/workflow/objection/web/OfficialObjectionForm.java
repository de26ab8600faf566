package org.xinyong.workflow.objection.web;

/**
 * The credit office's objection to a published listing whose information it finds wrong (DOMAIN Lifecycle B.1:
 * "or raised by the credit office"); evidence, where there is any, follows over the objection's own page or the API.
 */
public class OfficialObjectionForm {

    /** As the objection's grounds column and the API's limit (objection.Objections). */
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
