package org.xinyong.workflow.objection;

import java.util.EnumSet;
import java.util.Set;

import org.xinyong.workflow.cases.CaseStatus;

/** Where an objection stands (API.md {@code status} of {@code /objections/{id}}). */
public enum ObjectionStatus implements CaseStatus<ObjectionStatus> {
    /** Received; sanctions suspended; the department decides whether to accept. */
    RECEIVED,
    /** Accepted; the department verifies. */
    VERIFYING,
    /** The department asked for supplementary evidence; the verification period is suspended. */
    AWAITING_EVIDENCE,
    /** Not accepted, with a reason. */
    REFUSED,
    /** The information was wrong: the listing was revoked. */
    REVOKED,
    /** Part of the information was wrong: the record was corrected. */
    CORRECTED,
    /** The information is correct: the listing stands. */
    UPHELD;

    public boolean isOpen() {
        return this == RECEIVED || this == VERIFYING || this == AWAITING_EVIDENCE;
    }

    /**
     * The procedure of DOMAIN Lifecycle B: acceptance (seed004 §三(三)7), verification, paused while the applicant
     * supplements evidence (B.6), and one decision.
     */
    @Override
    public Set<ObjectionStatus> comesFrom() {
        return switch (this) {
            case RECEIVED -> EnumSet.noneOf(ObjectionStatus.class);
            case VERIFYING -> EnumSet.of(RECEIVED, AWAITING_EVIDENCE);
            case AWAITING_EVIDENCE -> EnumSet.of(VERIFYING);
            case REFUSED -> EnumSet.of(RECEIVED);
            case REVOKED, CORRECTED, UPHELD -> EnumSet.of(VERIFYING, AWAITING_EVIDENCE);
        };
    }
}
