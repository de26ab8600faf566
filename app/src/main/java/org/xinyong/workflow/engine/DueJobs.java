package org.xinyong.workflow.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the engine's jobs that are due as of the business clock (Camunda reads the same {@code ClockUtil}), for the
 * adjustable demo clock and for tests, which run with the job executor off. The application's one door to
 * executing jobs by hand.
 */
@Component
public class DueJobs {

    private static final Logger log = LoggerFactory.getLogger(DueJobs.class);

    /** Rounds before giving up: a job that keeps creating due jobs (e.g. a past timer cycle) must not loop forever. */
    static final int MAX_ROUNDS = 100;
    private static final int PAGE = 200;

    private final ManagementService managementService;

    public DueJobs(ManagementService managementService) {
        this.managementService = managementService;
    }

    /**
     * Executes every active job with retries left whose due date has come, again and again until none is due (a
     * job may make the next one due). A failing job is logged and counted, and not retried by this call.
     *
     * @return how many jobs were executed, failed ones included
     */
    public int runDue() {
        Set<String> failed = new HashSet<>();
        int executed = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Job> due = dueJobs(failed);
            if (due.isEmpty()) {
                return executed;
            }
            for (Job job : due) {
                executed++;
                try {
                    managementService.executeJob(job.getId());
                } catch (RuntimeException e) {
                    failed.add(job.getId());
                    log.warn("Job {} (process instance {}, job definition {}) failed: {}", job.getId(),
                            job.getProcessInstanceId(), job.getJobDefinitionId(), e.getMessage());
                }
            }
        }
        log.warn("Stopped running due jobs after {} rounds; some jobs may still be due", MAX_ROUNDS);
        return executed;
    }

    private List<Job> dueJobs(Set<String> failed) {
        return managementService.createJobQuery().executable().active()
                .orderByJobDuedate().asc()
                .listPage(0, PAGE).stream()
                .filter(job -> !failed.contains(job.getId()))
                .toList();
    }
}
