package org.xinyong.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = ShippedCalendar.workingDayCalendar();

    @Test
    void springFestival2026MakeUpSaturdayIsWorkingDayAndHolidayWeekIsNot() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Sat 14 Feb, make-up working day").isTrue();
        for (LocalDate day = LocalDate.of(2026, 2, 15); !day.isAfter(LocalDate.of(2026, 2, 23)); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as("%s is in the Spring Festival holiday", day).isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 24))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).as("Sat 28 Feb, make-up working day").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 1))).as("an ordinary Sunday").isFalse();
    }

    @Test
    void workingDaysAcrossSpringFestival2026CountTheMakeUpSaturdayAndSkipTheHoliday() {
        LocalDate friday = LocalDate.of(2026, 2, 13);
        assertThat(calendar.plusWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(calendar.plusWorkingDays(friday, 2)).isEqualTo(LocalDate.of(2026, 2, 24));
        // 13, 14 (Sat, make-up), 24, 25, 26, 27, 28 (Sat, make-up)
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 28))).isEqualTo(7);
    }

    @Test
    void nationalDay2026CountsSeptember20AndOctober10AsWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).as("Sun 20 Sep, make-up").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 25))).as("Mid-Autumn Festival").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Sat 10 Oct, make-up").isTrue();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        // 20 (Sun), 21-24, 28-30, 8 Oct, 9 Oct, 10 Oct (Sat)
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 18), LocalDate.of(2026, 10, 10))).isEqualTo(11);
    }

    @Test
    void negativeWorkingDaysCountBackwardsOverTheHoliday() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 10, 8), -1)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 9, 18))).isEqualTo(-11);
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 10, 8), 0)).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void provisional2027SpringFestivalStatutoryDaysAndDaysGivenBackAreRestDays() {
        for (LocalDate day = LocalDate.of(2027, 2, 5); !day.isAfter(LocalDate.of(2027, 2, 10)); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as("%s", day).isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 11))).isTrue();
    }

    @Test
    void yearWithoutHolidayRowsFollowsMondayToFriday() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 1))).as("Tuesday, no 2030 data").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 5))).as("Saturday").isFalse();
    }

    @Test
    void eachYearIsReadOnceUntilRefreshed() {
        CalendarDaySource source = mock(CalendarDaySource.class);
        when(source.daysOf(anyInt())).thenReturn(List.of(
                new CalendarDay(LocalDate.of(2026, 1, 1), DayType.HOLIDAY, "元旦")));
        WorkingDayCalendar cached = new WorkingDayCalendar(source);

        cached.isWorkingDay(LocalDate.of(2026, 1, 1));
        cached.plusWorkingDays(LocalDate.of(2026, 1, 1), 20);
        verify(source, times(1)).daysOf(2026);

        cached.refresh();
        when(source.daysOf(2026)).thenReturn(List.of());
        assertThat(cached.isWorkingDay(LocalDate.of(2026, 1, 1))).as("the administrator removed the holiday").isTrue();
        verify(source, times(2)).daysOf(2026);
    }
}
