package org.xinyong.workflow.work.web;

import java.util.HashMap;
import java.util.Map;

/**
 * What a task form posts: the outcome, the comment and the confirmation that the caseworker checked the case
 * (completing a task cannot be undone), and the further fields some forms collect ({@code extendMonths} of
 * {@code inspectRepair}, kept as text so that a wrong entry is shown back as typed).
 */
public class TaskForm {

    private String outcome;
    private String comment;
    private boolean confirmed;
    private String extendMonths;
    /** The outcome's text fields ({@code outcomeText}), e.g. {@code text[correctionFacts]}. */
    private Map<String, String> text = new HashMap<>();

    public Map<String, String> getText() {
        return text;
    }

    public void setText(Map<String, String> text) {
        this.text = text;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public String getExtendMonths() {
        return extendMonths;
    }

    public void setExtendMonths(String extendMonths) {
        this.extendMonths = extendMonths;
    }
}
