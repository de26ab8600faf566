package org.xinyong.workflow.objection;

/** Where an objection stands (API.md {@code status} of {@code /objections/{id}}). */
public enum ObjectionStatus {
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
}
