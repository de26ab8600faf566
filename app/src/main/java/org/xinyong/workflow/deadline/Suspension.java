package org.xinyong.workflow.deadline;

import java.time.Instant;

/**
 * Time that does not count toward a deadline (DOMAIN.md Lifecycle B.6), e.g. waiting for the applicant's
 * supplementary evidence. {@code endedAt} is null while it lasts.
 */
public record Suspension(Long id, Instant startedAt, Instant endedAt, String reason) {

    public static Suspension between(Instant startedAt, Instant endedAt) {
        return new Suspension(null, startedAt, endedAt, "");
    }

    public boolean isOpen() {
        return endedAt == null;
    }
}
