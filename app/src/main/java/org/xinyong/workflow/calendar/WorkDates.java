package org.xinyong.workflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/**
 * Dates as the workspace shows them, in the legal time zone of the business clock. A deadline's due instant is
 * 00:00 of the day after its last day ({@link org.xinyong.workflow.deadline.DueDate}): the pages show the last day,
 * which counts in full.
 */
@Component
public class WorkDates {

    private final BusinessClock clock;

    public WorkDates(BusinessClock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return clock.today();
    }

    /** The last day of a period that ends at {@code dueAt}; {@code null} for none. */
    public LocalDate lastDay(Instant dueAt) {
        if (dueAt == null) {
            return null;
        }
        ZonedDateTime due = dueAt.atZone(clock.zone());
        return due.toLocalTime().equals(LocalTime.MIDNIGHT) ? due.toLocalDate().minusDays(1) : due.toLocalDate();
    }

    /** Whole days since the last day of a period that ends at {@code dueAt}; 0 while it runs. */
    public long daysOverdue(Instant dueAt) {
        LocalDate lastDay = lastDay(dueAt);
        return lastDay == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(lastDay, clock.today()));
    }

    /** Whole days from today to the last day of a period ending at {@code dueAt} (0 on the last day and after). */
    public long daysLeft(Instant dueAt) {
        LocalDate lastDay = lastDay(dueAt);
        return lastDay == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(clock.today(), lastDay));
    }

    /** Whether the last day of a period ending at {@code dueAt} is today or within the next {@code days} days. */
    public boolean dueWithin(Instant dueAt, int days) {
        LocalDate lastDay = lastDay(dueAt);
        return lastDay != null && !lastDay.isBefore(clock.today()) && !lastDay.isAfter(clock.today().plusDays(days));
    }

    /**
     * The instant just after the end of {@code lastDay}: a due instant before it belongs to a period whose last day
     * is {@code lastDay} or earlier.
     */
    public Instant endOf(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(clock.zone()).toInstant().plusMillis(1);
    }

    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.zone());
    }
}
