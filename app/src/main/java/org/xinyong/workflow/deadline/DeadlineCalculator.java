package org.xinyong.workflow.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.xinyong.workflow.calendar.WorkingDayCalendar;
import org.xinyong.workflow.rules.LegalDuration;

/**
 * Computes when a legal period ends. Pure: no Spring, no database; the holiday table comes in through the
 * {@link WorkingDayCalendar} it is given.
 *
 * <h2>Semantics</h2>
 * <ul>
 * <li><b>Days are counted in the legal time zone</b> (Asia/Shanghai). The base instant falls on the <em>base
 * day</em>.</li>
 * <li><b>The base day is not counted</b>: "within N days of receipt" starts on the day after receipt
 * (《民法典》第二百零一条: 按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算).</li>
 * <li><b>The last day counts in full</b>, until 24:00 (第二百零三条第二款), so the due instant is 00:00 of the day
 * after the last day.</li>
 * <li><b>CALENDAR_DAYS</b>: the last day is the N-th day after the base day.</li>
 * <li><b>WORKING_DAYS</b>: the last day is the N-th working day after the base day: weekends and holidays are
 * skipped, make-up working days (调休上班日) count.</li>
 * <li><b>MONTHS / YEARS</b>: the last day is the corresponding day N months / years later; when that month has no
 * corresponding day, its last day (第二百零二条: 到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日).
 * So 3 months from 30 November end on 28 February (29 in a leap year), and 1 year from 29 February on 28 February.
 * </li>
 * <li><b>Time limits for an act</b> ({@link DeadlineKind#isTimeLimitForAct()}): a last day that is a rest day
 * moves to the next working day (第二百零三条第一款: 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日).
 * Periods of status (publication, rectification) do not move.</li>
 * <li><b>Suspensions do not count.</b> A suspension from instant S to instant E suspends the days after S's day up
 * to and including E's day (the same counting as 第二百零一条: the day it starts is not taken away), so a
 * suspension that begins and ends on one day moves nothing. A day-counted period skips suspended days: a
 * calendar-day period is pushed by the suspended days inside it, a working-day period by the suspended working
 * days. A month or year period is extended by the suspended days inside it. Days before or on the base day, and
 * suspensions after the (extended) end, change nothing.</li>
 * <li><b>An open suspension</b> (no end yet) pauses the deadline: the due date is unknown. It is computed as if
 * the suspension ended now, and reported {@link DueDate#paused() paused}.</li>
 * </ul>
 */
public final class DeadlineCalculator {

    private final WorkingDayCalendar calendar;
    private final ZoneId zone;

    public DeadlineCalculator(WorkingDayCalendar calendar, ZoneId zone) {
        this.calendar = Objects.requireNonNull(calendar);
        this.zone = Objects.requireNonNull(zone);
    }

    /**
     * @param timeLimitForAct whether a last day on a rest day moves to the next working day
     * @param now             the business clock's now, the provisional end of an open suspension
     */
    public DueDate due(Instant base, LegalDuration duration, boolean timeLimitForAct, List<Suspension> suspensions,
                       Instant now) {
        LocalDate baseDay = day(base);
        SuspendedDays suspended = new SuspendedDays(suspensions, now);
        LocalDate lastDay = switch (duration.unit()) {
            case CALENDAR_DAYS -> countDays(baseDay, duration.amount(), day -> true, suspended);
            case WORKING_DAYS -> countDays(baseDay, duration.amount(), calendar::isWorkingDay, suspended);
            case MONTHS -> extendBySuspendedDays(baseDay, baseDay.plusMonths(duration.amount()), suspended);
            case YEARS -> extendBySuspendedDays(baseDay, baseDay.plusYears(duration.amount()), suspended);
        };
        if (timeLimitForAct && duration.amount() > 0) {
            lastDay = calendar.onOrNextWorkingDay(lastDay);
        }
        return new DueDate(startOf(lastDay.plusDays(1)), lastDay, suspended.anyOpen());
    }

    /**
     * When to remind before {@code dueAt}: {@code lead} calendar days, months or years earlier; for working days,
     * at the start of the {@code lead}-th working day before the period's end.
     */
    public Instant reminderAt(Instant dueAt, LegalDuration lead) {
        ZonedDateTime due = dueAt.atZone(zone);
        return switch (lead.unit()) {
            case CALENDAR_DAYS -> due.minusDays(lead.amount()).toInstant();
            case MONTHS -> due.minusMonths(lead.amount()).toInstant();
            case YEARS -> due.minusYears(lead.amount()).toInstant();
            case WORKING_DAYS -> startOf(calendar.plusWorkingDays(due.toLocalDate(), -lead.amount()));
        };
    }

    public ZoneId zone() {
        return zone;
    }

    private static LocalDate countDays(LocalDate baseDay, int amount, Predicate<LocalDate> counts,
                                       SuspendedDays suspended) {
        LocalDate day = baseDay;
        for (int counted = 0; counted < amount; ) {
            day = day.plusDays(1);
            if (counts.test(day) && !suspended.contains(day)) {
                counted++;
            }
        }
        return day;
    }

    private static LocalDate extendBySuspendedDays(LocalDate baseDay, LocalDate nominalLastDay,
                                                   SuspendedDays suspended) {
        int inside = suspended.countBetween(baseDay, nominalLastDay);
        return countDays(nominalLastDay, inside, day -> true, suspended);
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The days taken away by suspensions: for each, the days after its start day up to its end day. */
    private final class SuspendedDays {

        private final List<LocalDate[]> ranges;
        private final boolean anyOpen;

        SuspendedDays(List<Suspension> suspensions, Instant now) {
            this.ranges = suspensions.stream()
                    .map(s -> new LocalDate[] {day(s.startedAt()), day(s.isOpen() ? now : s.endedAt())})
                    .filter(range -> range[1].isAfter(range[0]))
                    .toList();
            this.anyOpen = suspensions.stream().anyMatch(Suspension::isOpen);
        }

        boolean contains(LocalDate day) {
            for (LocalDate[] range : ranges) {
                if (day.isAfter(range[0]) && !day.isAfter(range[1])) {
                    return true;
                }
            }
            return false;
        }

        /** Suspended days {@code d} with {@code fromExclusive < d <= toInclusive}. */
        int countBetween(LocalDate fromExclusive, LocalDate toInclusive) {
            int count = 0;
            for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
                if (contains(day)) {
                    count++;
                }
            }
            return count;
        }

        boolean anyOpen() {
            return anyOpen;
        }
    }
}
