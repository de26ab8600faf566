package org.xinyong.workflow.deadline;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.calendar.BusinessClock;

/**
 * Issue 18.12: {@code xinyong_deadlines_overdue}, the legal deadlines open and past due by business time (not paused),
 * as {@link DeadlineRepository#overdue} finds them; counted by the database at each scrape, so every node reports the
 * same number.
 */
@Component
class DeadlineMetrics implements MeterBinder {

    static final String OVERDUE = "xinyong.deadlines.overdue";

    private final DeadlineRepository deadlines;
    private final BusinessClock clock;

    DeadlineMetrics(DeadlineRepository deadlines, BusinessClock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(OVERDUE, this, metrics -> metrics.deadlines.countOverdue(metrics.clock.now()))
                .description("Open legal deadlines past their due time (business clock), not suspended")
                .strongReference(true)
                .register(registry);
    }
}
