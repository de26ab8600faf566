package org.xinyong.workflow.calendar;

import java.time.LocalDate;

/** One row of the holiday table: a day that does not follow the Monday-to-Friday rule. */
public record CalendarDay(LocalDate date, DayType type, String name) {
}
