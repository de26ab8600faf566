package org.xinyong.workflow.repair;

import java.util.EnumSet;
import java.util.Set;

import org.xinyong.workflow.cases.CaseStatus;

/** Where a credit repair stands (API.md {@code status} of {@code /repairs/{id}}). */
public enum RepairStatus implements CaseStatus<RepairStatus> {
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
        return FAILED.comesFrom().contains(this);
    }

    /**
     * The procedure of DOMAIN Lifecycle C (seed003 §二(五)): review, rectification (extended from inspection, never
     * shortened), inspection, report and decision; a new record before acceptance ends it from any running status
     * up to inspection.
     */
    @Override
    public Set<RepairStatus> comesFrom() {
        return switch (this) {
            case APPLIED -> EnumSet.noneOf(RepairStatus.class);
            case REFUSED -> EnumSet.of(APPLIED);
            case RECTIFYING -> EnumSet.of(APPLIED, INSPECTING);
            case INSPECTING -> EnumSet.of(RECTIFYING, REPORTED); // REPORTED: the credit office returned the report
            case REPORTED -> EnumSet.of(INSPECTING);
            case APPROVED -> EnumSet.of(REPORTED);
            case REJECTED -> EnumSet.of(INSPECTING, REPORTED);
            case FAILED -> EnumSet.of(APPLIED, RECTIFYING, INSPECTING);
        };
    }
}
