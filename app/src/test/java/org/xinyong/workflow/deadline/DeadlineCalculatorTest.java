package org.xinyong.workflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xinyong.workflow.calendar.ShippedCalendar;
import org.xinyong.workflow.rules.DurationUnit;
import org.xinyong.workflow.rules.LegalDuration;

class DeadlineCalculatorTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final boolean ACT = true;
    private static final boolean STATUS = false;

    private final DeadlineCalculator calculator =
            new DeadlineCalculator(ShippedCalendar.workingDayCalendar(), SHANGHAI);

    private static Instant at(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0).atZone(SHANGHAI).toInstant();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(SHANGHAI).toInstant();
    }

    private static LegalDuration days(int n) {
        return LegalDuration.of(n, DurationUnit.CALENDAR_DAYS);
    }

    private static LegalDuration workingDays(int n) {
        return LegalDuration.of(n, DurationUnit.WORKING_DAYS);
    }

    private DueDate due(Instant base, LegalDuration duration, boolean act, Suspension... suspensions) {
        return calculator.due(base, duration, act, List.of(suspensions), at(12, 31, 12));
    }

    @Test
    void verificationDeadlineCountsTwentyDaysFromTheDayAfterReceiptToMidnight() {
        // received Tue 3 March 2026 at 10:00; day 1 is 4 March, day 20 is Mon 23 March, which ends at 24:00
        DueDate due = due(at(3, 3, 10), days(20), ACT);

        assertThat(due.lastDay()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(due.dueAt()).isEqualTo(Instant.parse("2026-03-23T16:00:00Z"));
        assertThat(due.paused()).isFalse();
    }

    @Test
    void timeLimitEndingOnARestDayMovesToTheNextWorkingDay() {
        // received Mon 2 March: day 20 is Sunday 22 March, so the limit ends on Monday 23 March (民法典 第二百零三条)
        assertThat(due(at(3, 2, 10), days(20), ACT).lastDay()).isEqualTo(LocalDate.of(2026, 3, 23));
        // a period of status does not move
        assertThat(due(at(3, 2, 10), days(20), STATUS).lastDay()).isEqualTo(LocalDate.of(2026, 3, 22));
    }

    @Test
    void calendarDayLimitEndingInSpringFestivalMovesPastTheHolidayButWorkingDayLimitCountsTheMakeUpSaturday() {
        Instant thursday = at(2, 12, 9);
        // 5 calendar days end on 17 February, in the holiday: the limit runs to Tuesday 24 February
        assertThat(due(thursday, days(5), ACT).lastDay()).isEqualTo(LocalDate.of(2026, 2, 24));
        // 5 working days: 13 Feb, 14 Feb (Saturday, make-up), 24, 25, 26 Feb
        DueDate working = due(thursday, workingDays(5), ACT);
        assertThat(working.lastDay()).isEqualTo(LocalDate.of(2026, 2, 26));
        assertThat(working.dueAt()).isEqualTo(startOf(LocalDate.of(2026, 2, 27)));
    }

    @Test
    void statementWindowOfTenWorkingDaysSpansNationalDay() {
        // notice delivered Fri 25 Sep 2026 (a holiday): 28, 29, 30 Sep, 8, 9, 10 (Sat, make-up), 12, 13, 14, 15 Oct
        assertThat(due(at(9, 25, 15), workingDays(10), ACT).lastDay()).isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void verificationDeadlineSkipsSuspendedDays() {
        // waiting for evidence from Thu 5 March 09:00 to Mon 9 March 15:00 takes away 6, 7, 8 and 9 March
        DueDate due = due(at(3, 3, 10), days(20), ACT, Suspension.between(at(3, 5, 9), at(3, 9, 15)));

        assertThat(due.lastDay()).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(due.paused()).isFalse();
    }

    @Test
    void workingDayDeadlineIsPushedOnlyByTheWorkingDaysSuspended() {
        // base Mon 2 March, 5 working days would end Mon 9 March; suspended 4 March 10:00 to 9 March 10:00 takes
        // away 5, 6, (7, 8 weekend), 9 March: three working days, so the period ends Thu 12 March
        DueDate due = due(at(3, 2, 9), workingDays(5), ACT, Suspension.between(at(3, 4, 10), at(3, 9, 10)));

        assertThat(due.lastDay()).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void suspensionWithinOneDayMovesNothing() {
        DueDate due = due(at(3, 3, 10), days(20), ACT, Suspension.between(at(3, 5, 9), at(3, 5, 17)));

        assertThat(due.lastDay()).isEqualTo(LocalDate.of(2026, 3, 23));
    }

    @Test
    void suspensionAfterTheDeadlineMovesNothing() {
        DueDate due = due(at(3, 3, 10), days(20), ACT, Suspension.between(at(4, 1, 9), at(4, 10, 9)));

        assertThat(due.lastDay()).isEqualTo(LocalDate.of(2026, 3, 23));
    }

    @Test
    void openSuspensionPausesTheDeadlineAndCountsUntilNow() {
        Suspension open = new Suspension(1L, at(3, 5, 10), null, "等待补充材料");

        DueDate due = calculator.due(at(3, 3, 10), days(20), ACT, List.of(open), at(3, 8, 12));

        assertThat(due.paused()).isTrue();
        // 6, 7 and 8 March are suspended so far: as if it ended now, the limit runs to Thu 26 March
        assertThat(due.lastDay()).isEqualTo(LocalDate.of(2026, 3, 26));
        DueDate later = calculator.due(at(3, 3, 10), days(20), ACT, List.of(open), at(3, 10, 12));
        assertThat(later.lastDay()).as("each further day of suspension pushes it").isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void openSuspensionPausesAWorkingDayDeadlineByTheWorkingDaysSoFar() {
        Suspension open = new Suspension(1L, at(3, 4, 10), null, "等待补充材料");

        // suspended 5, 6, 7, 8 March so far: working days 5 and 6; 5 working days from 2 March end on Wed 11 March
        DueDate due = calculator.due(at(3, 2, 9), workingDays(5), ACT, List.of(open), at(3, 8, 12));

        assertThat(due.paused()).isTrue();
        assertThat(due.lastDay()).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void threeMonthsFromNovember30EndOnTheLastDayOfFebruary() {
        Instant november30 = LocalDate.of(2025, 11, 30).atTime(10, 0).atZone(SHANGHAI).toInstant();
        Instant november30BeforeLeapYear = LocalDate.of(2027, 11, 30).atTime(10, 0).atZone(SHANGHAI).toInstant();

        assertThat(due(november30, LegalDuration.of(3, DurationUnit.MONTHS), STATUS).lastDay())
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(due(november30BeforeLeapYear, LegalDuration.of(3, DurationUnit.MONTHS), STATUS).lastDay())
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void monthPeriodEndsOnTheCorrespondingDayAndYearFromLeapDayOnFebruary28() {
        assertThat(due(at(3, 3, 10), LegalDuration.of(3, DurationUnit.MONTHS), STATUS).lastDay())
                .isEqualTo(LocalDate.of(2026, 6, 3));
        Instant leapDay = LocalDate.of(2028, 2, 29).atTime(10, 0).atZone(SHANGHAI).toInstant();
        assertThat(due(leapDay, LegalDuration.of(1, DurationUnit.YEARS), STATUS).lastDay())
                .isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void rectificationPeriodIsExtendedBySuspendedDays() {
        DueDate due = due(at(3, 3, 10), LegalDuration.of(3, DurationUnit.MONTHS), STATUS,
                Suspension.between(at(4, 1, 9), at(4, 11, 9)));

        assertThat(due.lastDay()).isEqualTo(LocalDate.of(2026, 6, 13));
    }

    @Test
    void reminderFiveDaysBeforeDue() {
        Instant due = startOf(LocalDate.of(2026, 3, 24));

        assertThat(calculator.reminderAt(due, days(5))).isEqualTo(startOf(LocalDate.of(2026, 3, 19)));
        // one working day before a period ending Monday 23 March: the start of that Monday
        assertThat(calculator.reminderAt(due, workingDays(1))).isEqualTo(startOf(LocalDate.of(2026, 3, 23)));
    }
}
