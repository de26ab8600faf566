package org.xinyong.workflow.calendar;

/** An exception to the weekly rhythm recorded in table {@code calendar_day}. */
public enum DayType {
    /** A rest day on a weekday: a statutory holiday, a day given back (补假) or a bridged day (调休). */
    HOLIDAY,
    /** A make-up working day (调休上班日) on a Saturday or Sunday. */
    WORKDAY
}
