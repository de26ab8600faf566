package org.xinyong.workflow.calendar;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xinyong.workflow.engine.DueJobs;

/**
 * {@code POST /api/v1/admin/clock} (API.md): the demo moves business time forward and the timers that became due
 * run at once. The bean exists only with {@code xinyong.clock.adjustable=true}, so production has no such endpoint;
 * access (ADMIN) is enforced by the central security configuration.
 */
@RestController
@RequestMapping("/api/v1/admin/clock")
@ConditionalOnProperty(prefix = "xinyong.clock", name = "adjustable", havingValue = "true")
public class ClockController {

    /** A bound that keeps a typo from throwing the demo decades ahead (about ten years). */
    static final int MAX_ADVANCE_DAYS = 3660;

    private final AdjustableClock clock;
    private final BusinessClock businessClock;
    private final DueJobs dueJobs;

    public ClockController(AdjustableClock clock, BusinessClock businessClock, DueJobs dueJobs) {
        this.clock = clock;
        this.businessClock = businessClock;
        this.dueJobs = dueJobs;
    }

    @GetMapping
    public ClockState now() {
        return new ClockState(iso(businessClock.now()), null);
    }

    @PostMapping
    public ClockState advance(@Valid @RequestBody AdvanceRequest request) {
        Instant now = clock.advanceDays(request.advanceDays());
        int executed = dueJobs.runDue();
        return new ClockState(iso(now), executed);
    }

    private String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(businessClock.zone()));
    }

    public record AdvanceRequest(
            @NotNull(message = "{clock.advanceDays.range}")
            @Min(value = 1, message = "{clock.advanceDays.range}")
            @Max(value = MAX_ADVANCE_DAYS, message = "{clock.advanceDays.range}")
            Integer advanceDays) {
    }

    /** @param jobsExecuted how many due jobs ran after the move; absent when only reading the time */
    public record ClockState(String now, Integer jobsExecuted) {
    }
}
