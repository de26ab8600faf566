package org.xinyong.workflow.admin.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.xinyong.workflow.calendar.CalendarDay;
import org.xinyong.workflow.calendar.CalendarDayRepository;
import org.xinyong.workflow.calendar.DayType;

/**
 * Checks a holiday calendar row (the rules of the shipped {@code data/holidays/<year>.csv} files, calendar.HolidayCsv):
 * the day lies in the year being edited and appears once; a make-up working day (WORKDAY) is a Saturday or Sunday,
 * since only a weekend can be made a working day; a name is given. A HOLIDAY on a weekend changes no working day, so
 * it is refused unless the administrator confirms it (the shipped notices do record such days, to show a holiday's
 * whole span, e.g. 2026-01-03).
 */
@Component
public class CalendarDayValidator {

    /** Column {@code calendar_day.name}. */
    static final int MAX_NAME_LENGTH = 100;

    private final CalendarDayRepository days;

    public CalendarDayValidator(CalendarDayRepository days) {
        this.days = days;
    }

    /**
     * @param year   the year being edited
     * @param adding true for a new row (the date must be free), false for a change of an existing row's type or name
     * @return the day, when the form has no errors
     */
    public Optional<CalendarDay> validate(CalendarDayForm form, int year, boolean adding, Errors errors) {
        LocalDate date = null;
        if (!StringUtils.hasText(form.getDate())) {
            errors.rejectValue("date", "admin.calendar.error.date.required");
        } else {
            try {
                date = LocalDate.parse(form.getDate().strip());
            } catch (DateTimeParseException notADate) {
                errors.rejectValue("date", "admin.calendar.error.date.format");
            }
        }
        if (date != null && date.getYear() != year) {
            errors.rejectValue("date", "admin.calendar.error.date.otherYear", new Object[] {year}, null);
            date = null;
        }
        if (date != null && adding && days.find(date).isPresent()) {
            errors.rejectValue("date", "admin.calendar.error.date.duplicate", new Object[] {date.toString()}, null);
        }
        DayType type = parseType(form.getType());
        if (type == null) {
            errors.rejectValue("type", "admin.calendar.error.type.required");
        } else if (date != null && type == DayType.WORKDAY && !isWeekend(date)) {
            errors.rejectValue("type", "admin.calendar.error.workdayOnWeekday", new Object[] {date.toString()}, null);
        } else if (date != null && type == DayType.HOLIDAY && isWeekend(date) && !form.isAcknowledgeWeekend()) {
            errors.rejectValue("acknowledgeWeekend", "admin.calendar.error.weekendHoliday",
                    new Object[] {date.toString()}, null);
        }
        String name = form.getName() == null ? "" : form.getName().strip();
        if (name.isEmpty()) {
            errors.rejectValue("name", "admin.calendar.error.name.required");
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.rejectValue("name", "admin.error.tooLong", new Object[] {MAX_NAME_LENGTH}, null);
        }
        return errors.hasErrors() ? Optional.empty() : Optional.of(new CalendarDay(date, type, name));
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static DayType parseType(String type) {
        for (DayType candidate : DayType.values()) {
            if (candidate.name().equals(type)) {
                return candidate;
            }
        }
        return null;
    }
}
