package org.xinyong.workflow.reference;

/**
 * Who may impose a measure of the catalogue (seed001 §四 9-10: measures by law, within each body's competence).
 * A department records a finding only with measures it may impose; a court-only measure (限制出境, 限制高消费:
 * decided by the people's court on an enforcement case) is shown in the catalogue but never proposed by a department.
 */
public enum MeasureAuthority {
    /** Imposed by the competent administrative department (the measure's issuing department executes it). */
    DEPARTMENT,
    /** Decided only by a people's court. */
    COURT
}
