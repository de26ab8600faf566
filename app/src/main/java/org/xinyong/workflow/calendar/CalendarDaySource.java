package org.xinyong.workflow.calendar;

import java.util.List;

/** Where {@link WorkingDayCalendar} reads the exceptions of one year from (the database, or a test's list). */
@FunctionalInterface
public interface CalendarDaySource {

    List<CalendarDay> daysOf(int year);
}
