package org.xinyong.workflow.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The one source of "now" for the application and the engine. It reads Camunda's {@link ClockUtil}, so timers,
 * task due dates and the application's deadlines always agree; moving the clock (demo only) moves both.
 */
@Component
public class BusinessClock {

    private final ZoneId zone;

    public BusinessClock(CalendarProperties properties) {
        this.zone = properties.zone();
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public ZonedDateTime nowZoned() {
        return now().atZone(zone);
    }

    public LocalDate today() {
        return nowZoned().toLocalDate();
    }

    public ZoneId zone() {
        return zone;
    }

    /** A {@link Clock} view for code that takes one. */
    public Clock asClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return Clock.fixed(instant(), other);
            }

            @Override
            public Instant instant() {
                return now();
            }
        };
    }

    /** Moves business time to {@code target}; callers check that adjusting the clock is allowed. */
    public void setTo(Instant target) {
        ClockUtil.setCurrentTime(Date.from(target));
    }

    /**
     * Lets business time run {@code offset} ahead of the system clock (it keeps running, unlike {@link #setTo}).
     * Only the adjustable demo clock calls this.
     */
    public Instant runAhead(Duration offset) {
        return ClockUtil.offset(offset.toMillis()).toInstant();
    }

    public void reset() {
        ClockUtil.reset();
    }
}
