package org.xinyong.workflow.work;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Issue 18.12: {@code xinyong_tasks_open}, the user tasks waiting for someone (active, not suspended), counted by the
 * engine's database at each scrape, so every node reports the same number.
 */
@Component
class TaskMetrics implements MeterBinder {

    static final String OPEN = "xinyong.tasks.open";

    private final TaskService tasks;

    TaskMetrics(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(OPEN, tasks, service -> service.createTaskQuery().active().count())
                .description("Open user tasks (active, not suspended)")
                .strongReference(true)
                .register(registry);
    }
}
