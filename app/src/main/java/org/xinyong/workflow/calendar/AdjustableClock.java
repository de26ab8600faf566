package org.xinyong.workflow.calendar;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Service;

/**
 * The demo's adjustable business clock ({@code xinyong.clock.adjustable=true}; never in production). The offset
 * ahead of real time is stored, so a demo that has advanced time finds it advanced after a restart.
 */
@Service
@ConditionalOnProperty(prefix = "xinyong.clock", name = "adjustable", havingValue = "true")
@DependsOnDatabaseInitialization
public class AdjustableClock implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(AdjustableClock.class);

    private final BusinessClock clock;
    private final BusinessClockOffsetRepository offsets;

    public AdjustableClock(BusinessClock clock, BusinessClockOffsetRepository offsets) {
        this.clock = clock;
        this.offsets = offsets;
    }

    @Override
    public void afterPropertiesSet() {
        offsets.load().filter(offset -> !offset.isZero()).ifPresent(offset -> {
            clock.runAhead(offset);
            log.warn("Business clock runs {} ahead of real time (adjustable demo clock): now {}", offset,
                    clock.nowZoned());
        });
    }

    /** Moves business time forward by {@code days} whole days and stores the new offset. */
    public synchronized Instant advanceDays(int days) {
        Duration offset = offset().plusDays(days);
        offsets.save(offset);
        Instant now = clock.runAhead(offset);
        log.info("Business clock advanced by {} days to {}", days, now);
        return now;
    }

    public Duration offset() {
        return offsets.load().orElse(Duration.ZERO);
    }

    /** Back to real time (tests, or an administrator restarting a demo). */
    public synchronized void resetToRealTime() {
        offsets.save(Duration.ZERO);
        clock.reset();
    }
}
