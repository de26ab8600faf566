package org.xinyong.workflow.repair;

/** Where a credit repair stands (API.md {@code status} of {@code /repairs/{id}}). */
public enum RepairStatus {
    /** Applied; the department reviews. */
    APPLIED,
    /** Not accepted, with reasons. */
    REFUSED,
    /** Accepted; the rectification period runs. */
    RECTIFYING,
    /** The period has passed; the department investigates and accepts. */
    INSPECTING,
    /** Accepted by inspection; the report is with the credit office and the leading group. */
    REPORTED,
    /** Approved: the listing was removed. */
    APPROVED,
    /** Failed inspection or not approved; the subject may apply again. */
    REJECTED,
    /** Ended by a new dishonesty record before acceptance (seed003 §二(五)2). */
    FAILED;

    public boolean isRunning() {
        return this == APPLIED || this == RECTIFYING || this == INSPECTING || this == REPORTED;
    }

    /** Between application and acceptance, when a new record ends the repair (seed003 §二(五)2). */
    public boolean endsOnNewViolation() {
        return this == APPLIED || this == RECTIFYING || this == INSPECTING;
    }
}
