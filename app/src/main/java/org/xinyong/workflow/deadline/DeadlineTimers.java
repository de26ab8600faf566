package org.xinyong.workflow.deadline;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Keeps a waiting BPMN timer in step with its deadline when the deadline moves (a suspension ended, a period was
 * extended). Moves the timer job's due date, or holds the job while the deadline is paused; never suspends the
 * process instance (DOMAIN.md Lifecycle B.6).
 */
@Component
public class DeadlineTimers {

    private final ManagementService managementService;

    public DeadlineTimers(ManagementService managementService) {
        this.managementService = managementService;
    }

    /**
     * Sets the due date of the timers waiting at {@code activityId} (the timer event's id) of the process instance,
     * and releases a held one.
     *
     * @return how many timer jobs were moved
     */
    public int reschedule(String processInstanceId, String activityId, Date due) {
        List<Job> timers = timers(processInstanceId, activityId);
        for (Job timer : timers) {
            managementService.setJobDuedate(timer.getId(), due);
            if (timer.isSuspended()) {
                managementService.activateJobById(timer.getId());
            }
        }
        return timers.size();
    }

    /**
     * Parks the timers at {@code activityId} while their deadline is paused: their due date moves beyond any real
     * date, so they cannot fire, until {@link #reschedule} gives them the recomputed one. Unlike {@link #hold} it only
     * sets due dates, so it is safe inside the engine's own command (a delegate or listener).
     */
    public int park(String processInstanceId, String activityId) {
        return reschedule(processInstanceId, activityId, PARKED);
    }

    /** Far beyond any deadline of the procedure. */
    static final Date PARKED = Date.from(java.time.Instant.parse("9999-01-01T00:00:00Z"));

    /** Holds the timers at {@code activityId} so they cannot fire while the deadline is paused. */
    public int hold(String processInstanceId, String activityId) {
        List<Job> timers = timers(processInstanceId, activityId);
        timers.stream().filter(timer -> !timer.isSuspended())
                .forEach(timer -> managementService.suspendJobById(timer.getId()));
        return timers.size();
    }

    /** Holds the timer while {@code deadline} is paused, otherwise moves it to the deadline's due instant. */
    public int follow(Deadline deadline, String activityId) {
        return deadline.isPaused()
                ? hold(deadline.processInstanceId(), activityId)
                : reschedule(deadline.processInstanceId(), activityId, Date.from(deadline.dueAt()));
    }

    private List<Job> timers(String processInstanceId, String activityId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
                .timers().list();
    }
}
