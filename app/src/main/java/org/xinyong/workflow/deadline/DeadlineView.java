package org.xinyong.workflow.deadline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline as the API and the pages show it (API.md: {@code kind}, {@code dueAt}, {@code overdue}).
 *
 * @param lastDay the last day of the period; {@code dueAt} is 00:00 of the day after it
 * @param paused  a suspension is open: the due date moves each day until it ends
 */
public record DeadlineView(String kind, Instant dueAt, LocalDate lastDay, boolean overdue, boolean paused,
                           String status) {
}
