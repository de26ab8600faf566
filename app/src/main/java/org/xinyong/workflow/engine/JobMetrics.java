package org.xinyong.workflow.engine;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

/**
 * Issue 18.12, the job executor: {@code xinyong_jobs_due} (jobs the executor may run now: due timers, asynchronous
 * continuations; a growing number means the executor falls behind) and {@code xinyong_jobs_failed} (jobs whose
 * retries are used up: each is an incident in Cockpit). Counted by the database at each scrape, for all nodes.
 */
@Component
class JobMetrics implements MeterBinder {

    private final ManagementService management;

    JobMetrics(ManagementService management) {
        this.management = management;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("xinyong.jobs.due", management, engine -> engine.createJobQuery().executable().count())
                .description("Jobs due for the job executor now")
                .strongReference(true)
                .register(registry);
        Gauge.builder("xinyong.jobs.failed", management, engine -> engine.createJobQuery().noRetriesLeft().count())
                .description("Jobs with no retries left (incidents)")
                .strongReference(true)
                .register(registry);
    }
}
