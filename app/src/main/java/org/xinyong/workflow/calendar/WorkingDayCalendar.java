package org.xinyong.workflow.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Service;

/**
 * Working days in mainland China: Monday to Friday, except the holidays in table {@code calendar_day}, plus the
 * make-up working weekends recorded there. Each year's exceptions are read once and kept in memory; call
 * {@link #refresh()} after an administrator edits the table.
 */
@Service
@DependsOn("shippedHolidays")
public class WorkingDayCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

    private final CalendarDaySource source;
    private final Map<Integer, Map<LocalDate, CalendarDay>> years = new ConcurrentHashMap<>();

    public WorkingDayCalendar(CalendarDaySource source) {
        this.source = source;
    }

    public boolean isWorkingDay(LocalDate day) {
        return exceptionOn(day)
                .map(exception -> exception.type() == DayType.WORKDAY)
                .orElseGet(() -> !HolidayCsv.isWeekend(day));
    }

    /** The holiday or make-up working day recorded for {@code day}, if any. */
    public Optional<CalendarDay> exceptionOn(LocalDate day) {
        return Optional.ofNullable(year(day.getYear()).get(day));
    }

    /**
     * The {@code n}-th working day after {@code from} ({@code from} itself is not counted); with a negative
     * {@code n}, the {@code |n|}-th working day before it; with 0, {@code from}.
     */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        int step = n >= 0 ? 1 : -1;
        LocalDate day = from;
        for (int remaining = Math.abs(n); remaining > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /**
     * The number of working days {@code d} with {@code fromExclusive < d <= toInclusive}, so that
     * {@code plusWorkingDays(from, workingDaysBetween(from, to))} is the last working day on or before {@code to};
     * negative when {@code toInclusive} is before {@code fromExclusive}.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** {@code day} if it is a working day, else the first working day after it. */
    public LocalDate onOrNextWorkingDay(LocalDate day) {
        return isWorkingDay(day) ? day : plusWorkingDays(day, 1);
    }

    /** Forgets every cached year; the next question reads the table again. */
    public void refresh() {
        years.clear();
    }

    public void refresh(int year) {
        years.remove(year);
    }

    private Map<LocalDate, CalendarDay> year(int year) {
        return years.computeIfAbsent(year, this::load);
    }

    private Map<LocalDate, CalendarDay> load(int year) {
        List<CalendarDay> days = source.daysOf(year);
        if (days.isEmpty()) {
            log.warn("No holidays are recorded for {}: counting Monday to Friday as working days. "
                    + "An administrator should enter that year's holiday notice.", year);
        }
        return days.stream().collect(Collectors.toUnmodifiableMap(CalendarDay::date, Function.identity()));
    }
}
