package org.xinyong.workflow.rules;

/** How a legal period is counted; see {@code deadline.DeadlineCalculator} for the semantics of each unit. */
public enum DurationUnit {
    CALENDAR_DAYS,
    WORKING_DAYS,
    MONTHS,
    YEARS
}
