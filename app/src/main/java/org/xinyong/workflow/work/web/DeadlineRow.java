package org.xinyong.workflow.work.web;

import java.time.LocalDate;

/**
 * {@code kind} and {@code status} are the enum names (labels {@code deadline.kind.*}, {@code deadline.status.*});
 * {@code daysLeft} counts the days from today to the last day (0 on the last day) while the period runs.
 */
public record DeadlineRow(String kind, LocalDate lastDay, boolean overdue, long daysOverdue, long daysLeft,
                          boolean paused, String status) {

    public boolean open() {
        return "OPEN".equals(status);
    }
}
