package org.xinyong.workflow.deadline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * @param dueAt   the instant the period ends: 00:00 of the day after {@code lastDay} in the legal time zone
 * @param lastDay the last day of the period (it counts in full, until 24:00)
 * @param paused  a suspension is still open: {@code dueAt} is the due as if it ended now, and moves each day
 */
public record DueDate(Instant dueAt, LocalDate lastDay, boolean paused) {
}
