package org.xinyong.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ShippedHolidaysIT {

    private static final LocalDate MAKE_UP_SATURDAY = LocalDate.of(2026, 2, 14);

    @Autowired JdbcClient jdbc;
    @Autowired ShippedHolidays shippedHolidays;
    @Autowired WorkingDayCalendar calendar;
    @Autowired ApplicationContext context;

    @Test
    void holidayFilesFillEachEmptyYearAtStartUpAndNeverOverwriteAnAdministratorsEdit() {
        assertThat(rowsIn(2026)).isEqualTo(39);
        assertThat(rowsIn(2027)).isEqualTo(19);
        assertThat(calendar.isWorkingDay(MAKE_UP_SATURDAY)).isTrue();

        // the administrator decides 14 February is not a working day after all
        jdbc.sql("delete from calendar_day where calendar_date = :day").param("day", MAKE_UP_SATURDAY).update();
        try {
            assertThat(shippedHolidays.installMissingYears()).as("2026 has rows: the file is not loaded again").isZero();
            assertThat(rowsIn(2026)).isEqualTo(38);
            calendar.refresh();
            assertThat(calendar.isWorkingDay(MAKE_UP_SATURDAY)).isFalse();
        } finally {
            jdbc.sql("insert into calendar_day (calendar_date, day_type, name) values (:day, 'WORKDAY', '春节调休上班')")
                    .param("day", MAKE_UP_SATURDAY).update();
            calendar.refresh();
        }
    }

    @Test
    void productionHasNoAdjustableClock() {
        assertThat(context.getBeansOfType(ClockController.class)).isEmpty();
        assertThat(context.getBeansOfType(AdjustableClock.class)).isEmpty();
    }

    private long rowsIn(int year) {
        return jdbc.sql("select count(*) from calendar_day where calendar_date between :first and :last")
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query(Long.class).single();
    }
}
