package org.xinyong.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.junit.jupiter.api.Test;

class DueJobsTest {

    private final ManagementService managementService = mock(ManagementService.class);
    private final JobQuery query = mock(JobQuery.class, RETURNS_SELF);
    private final DueJobs dueJobs = new DueJobs(managementService);

    private static Job job(String id) {
        Job job = mock(Job.class);
        when(job.getId()).thenReturn(id);
        return job;
    }

    @Test
    void failingJobIsCountedAndDoesNotStopTheOthers() {
        Job failing = job("failing");
        Job fine = job("fine");
        when(managementService.createJobQuery()).thenReturn(query);
        // the failing job stays executable (retries left); the fine one is gone once executed
        when(query.listPage(anyInt(), anyInt())).thenReturn(List.of(failing, fine), List.of(failing));
        doThrow(new ProcessEngineException("boom")).when(managementService).executeJob("failing");

        assertThat(dueJobs.runDue()).isEqualTo(2);
        verify(managementService).executeJob("fine");
    }

    @Test
    void jobsMadeDueByOtherJobsRunInTheNextRound() {
        Job first = job("first");
        Job second = job("second");
        when(managementService.createJobQuery()).thenReturn(query);
        when(query.listPage(anyInt(), anyInt())).thenReturn(List.of(first), List.of(second), List.of());

        assertThat(dueJobs.runDue()).isEqualTo(2);
    }

    @Test
    void endlesslyDueJobsStopAfterTheRoundLimit() {
        Job again = job("again");
        when(managementService.createJobQuery()).thenReturn(query);
        when(query.listPage(anyInt(), anyInt())).thenReturn(List.of(again));

        assertThat(dueJobs.runDue()).isEqualTo(DueJobs.MAX_ROUNDS);
    }
}
