package org.xinyong.workflow.deadline;

public enum DeadlineStatus {
    /** Running (or paused by an open suspension). */
    OPEN,
    /** The act was done, or the period ran to its end and its consequence followed. */
    MET,
    /** No longer relevant (e.g. the case ended another way). */
    CANCELLED
}
