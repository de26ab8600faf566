package org.xinyong.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xinyong.workflow.calendar.BusinessClock;

class WorkDatesTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    BusinessClock clock = mock(BusinessClock.class);
    WorkDates dates = new WorkDates(clock);

    @BeforeEach
    void today() {
        when(clock.zone()).thenReturn(SHANGHAI);
        when(clock.today()).thenReturn(LocalDate.of(2026, 3, 10));
    }

    @Test
    void dueAtMidnightEndsOnThePreviousDayInTheLegalTimeZone() {
        Instant dueAt = LocalDate.of(2026, 3, 6).atStartOfDay(SHANGHAI).toInstant(); // 2026-03-05T16:00Z

        assertThat(dates.lastDay(dueAt)).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void dueAtAnotherTimeEndsThatDay() {
        assertThat(dates.lastDay(Instant.parse("2026-03-06T02:00:00Z"))).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(dates.lastDay(null)).isNull();
    }

    @Test
    void daysOverdueCountFromTheLastDay() {
        Instant lastDayMarch5 = LocalDate.of(2026, 3, 6).atStartOfDay(SHANGHAI).toInstant();
        Instant lastDayToday = LocalDate.of(2026, 3, 11).atStartOfDay(SHANGHAI).toInstant();

        assertThat(dates.daysOverdue(lastDayMarch5)).isEqualTo(5);
        assertThat(dates.daysOverdue(lastDayToday)).isZero();
    }

    @Test
    void dueWithinCountsTodayAndTheNextDays() {
        assertThat(dates.dueWithin(LocalDate.of(2026, 3, 13).atStartOfDay(SHANGHAI).toInstant(), 2)).isTrue();
        assertThat(dates.dueWithin(LocalDate.of(2026, 3, 14).atStartOfDay(SHANGHAI).toInstant(), 2)).isFalse();
        assertThat(dates.dueWithin(LocalDate.of(2026, 3, 10).atStartOfDay(SHANGHAI).toInstant(), 2))
                .as("ended yesterday").isFalse();
    }

    @Test
    void endOfADayIsJustAfterTheDueInstantOfAPeriodEndingThatDay() {
        LocalDate day = LocalDate.of(2026, 3, 5);
        Instant dueAt = day.plusDays(1).atStartOfDay(SHANGHAI).toInstant();

        assertThat(dates.endOf(day)).isAfter(dueAt);
        assertThat(dates.endOf(day.minusDays(1))).isBefore(dueAt);
    }
}
