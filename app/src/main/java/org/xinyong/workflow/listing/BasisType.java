package org.xinyong.workflow.listing;

/**
 * The legally effective documents a dishonesty record may rest on (seed001 §四 2): a record on anything else is
 * refused. {@code OTHER_STATUTORY} is another document that a law or regulation names as a basis.
 */
public enum BasisType {
    COURT_JUDGMENT,
    ARBITRAL_AWARD,
    ADMINISTRATIVE_PENALTY,
    ADMINISTRATIVE_RULING,
    OTHER_STATUTORY
}
