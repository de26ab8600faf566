package org.xinyong.workflow.admin.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.xinyong.workflow.calendar.CalendarDay;
import org.xinyong.workflow.calendar.CalendarDayRepository;
import org.xinyong.workflow.calendar.DayType;

class CalendarDayValidatorTest {

    private final CalendarDayRepository days = mock(CalendarDayRepository.class);
    private final CalendarDayValidator validator = new CalendarDayValidator(days);

    @Test
    void makeUpWorkingDayMustBeAWeekendDay() {
        assertThat(codes(form("2026-10-14", "WORKDAY", "调休上班"), true))
                .containsExactly("admin.calendar.error.workdayOnWeekday");
        assertThat(codes(form("2026-10-10", "WORKDAY", "国庆节调休上班"), true)).as("a Saturday").isEmpty();
    }

    @Test
    void holidayOnAWeekendIsRecordedOnlyWhenConfirmed() {
        CalendarDayForm saturday = form("2026-01-03", "HOLIDAY", "元旦");
        assertThat(codes(saturday, true)).containsExactly("admin.calendar.error.weekendHoliday");
        saturday.setAcknowledgeWeekend(true);
        assertThat(codes(saturday, true)).isEmpty();
    }

    @Test
    void dateMustBeInTheYearWellFormedAndFree() {
        assertThat(codes(form("2027-01-01", "HOLIDAY", "元旦"), true))
                .containsExactly("admin.calendar.error.date.otherYear");
        assertThat(codes(form("2026-02-30", "HOLIDAY", "春节"), true))
                .containsExactly("admin.calendar.error.date.format");
        when(days.find(LocalDate.parse("2026-10-01")))
                .thenReturn(Optional.of(new CalendarDay(LocalDate.parse("2026-10-01"), DayType.HOLIDAY, "国庆节")));
        assertThat(codes(form("2026-10-01", "HOLIDAY", "国庆节"), true))
                .containsExactly("admin.calendar.error.date.duplicate");
        assertThat(codes(form("2026-10-01", "HOLIDAY", "国庆节假期"), false)).as("changing it is fine").isEmpty();
    }

    @Test
    void typeAndNameAreRequired() {
        assertThat(codes(form("2026-10-14", "REST", ""), true))
                .containsExactly("admin.calendar.error.type.required", "admin.calendar.error.name.required");
        assertThat(codes(form("2026-10-14", "HOLIDAY", "名".repeat(101)), true))
                .containsExactly("admin.error.tooLong");
    }

    @Test
    void validFormGivesTheDay() {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form("2026-10-14", "HOLIDAY", " 补假 "), "day");
        assertThat(validator.validate(form("2026-10-14", "HOLIDAY", " 补假 "), 2026, true, errors))
                .contains(new CalendarDay(LocalDate.parse("2026-10-14"), DayType.HOLIDAY, "补假"));
    }

    private List<String> codes(CalendarDayForm form, boolean adding) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "day");
        validator.validate(form, 2026, adding, errors);
        return errors.getFieldErrors().stream().map(FieldError::getCode).toList();
    }

    private static CalendarDayForm form(String date, String type, String name) {
        CalendarDayForm form = new CalendarDayForm();
        form.setDate(date);
        form.setType(type);
        form.setName(name);
        return form;
    }
}
