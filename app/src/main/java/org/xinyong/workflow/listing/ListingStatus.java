package org.xinyong.workflow.listing;

/** API.md listing {@code status}. Sanctions apply while ACTIVE; SUSPENDED while an objection is verified. */
public enum ListingStatus {
    ACTIVE,
    SUSPENDED,
    REMOVED,
    REVOKED;

    public boolean isInForce() {
        return this == ACTIVE || this == SUSPENDED;
    }
}
