package org.xinyong.workflow.work.web;

/**
 * What a task form posts: the outcome, the comment and the confirmation that the caseworker checked the case
 * (completing a task cannot be undone).
 */
public class TaskForm {

    private String outcome;
    private String comment;
    private boolean confirmed;

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
}
