package org.xinyong.workflow.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.cases.CaseKinds;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.calendar.CalendarProperties;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.errors.ConflictException;

/**
 * Two requests (on one node or two sharing the database) complete the same task at once: the engine's optimistic
 * locking lets one through, and the other is told the task is already completed (409), not an internal error.
 */
class CaseTasksRaceTest {

    private static final String TASK_ID = "task-1";
    private static final CurrentUser CREDIT = new CurrentUser("credit", "信用办", "CASEWORKER",
            Set.of("credit-office"), "credit-office", null);

    private final TaskService tasks = mock(TaskService.class, RETURNS_DEEP_STUBS);
    private final RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
    private final TaskOutcomes outcomes = mock(TaskOutcomes.class);
    private final TaskQuery remainingTasks = mock(TaskQuery.class);
    private CaseTasks caseTasks;

    @BeforeEach
    void anOpenTaskNobodyHolds() {
        Task task = mock(Task.class);
        when(task.getId()).thenReturn(TASK_ID);
        when(task.getName()).thenReturn("信用办公示");
        when(task.getTaskDefinitionKey()).thenReturn("publishListing");
        when(task.getProcessDefinitionId()).thenReturn("listing-identification:1");
        when(task.getProcessInstanceId()).thenReturn("instance-1");
        when(task.getCreateTime()).thenReturn(new Date());
        when(tasks.createTaskQuery().taskCandidateGroupIn(any()).includeAssignedTasks().active().taskId(TASK_ID)
                .singleResult()).thenReturn(task);
        when(outcomes.of("listing-identification:1", "publishListing")).thenReturn(List.of("publish"));
        when(outcomes.rules("listing-identification:1", "publishListing"))
                .thenReturn(new TaskRules(List.of("publish"), Set.of(), List.of()));
        when(runtime.createProcessInstanceQuery().processInstanceIds(any()).list()).thenReturn(List.of());
        when(runtime.createVariableInstanceQuery().processInstanceIdIn(any()).variableName("subjectCode")
                .disableBinaryFetching().disableCustomObjectDeserialization().list()).thenReturn(List.of());
        BusinessClock clock = new BusinessClock(new CalendarProperties(ZoneId.of("Asia/Shanghai"), null));
        caseTasks = new CaseTasks(tasks, runtime, mock(HistoryService.class), outcomes, new TaskListQueries(tasks),
                mock(AuditLog.class), clock, new CaseKinds(List.of()));
    }

    private void taskIsGoneAfterwards(boolean gone) {
        // the check after the failed write: a fresh query for the task by id
        when(tasks.createTaskQuery().taskId(TASK_ID)).thenReturn(remainingTasks);
        when(remainingTasks.count()).thenReturn(gone ? 0L : 1L);
    }

    @Test
    void theLoserOfARacedCompletionIsToldItIsAlreadyCompleted() {
        doThrow(new OptimisticLockingException("ENGINE-03005 Execution of 'DELETE TaskEntity' failed"))
                .when(tasks).complete(anyString(), anyMap());
        taskIsGoneAfterwards(true);

        assertThatThrownBy(() -> caseTasks.complete(TASK_ID, "publish", null, Map.of(), CREDIT))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).messageCode()).isEqualTo("task.alreadyCompleted"));
    }

    @Test
    void aTaskGoneBeforeTheClaimIsAlreadyCompletedToo() {
        doThrow(new NullValueException("Cannot find task with id task-1")).when(tasks).claim(TASK_ID, "credit");
        taskIsGoneAfterwards(true);

        assertThatThrownBy(() -> caseTasks.complete(TASK_ID, "publish", null, Map.of(), CREDIT))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aConflictOnATaskThatIsStillOpenIsNotCalledCompleted() {
        OptimisticLockingException otherChange = new OptimisticLockingException("the execution changed meanwhile");
        doThrow(otherChange).when(tasks).complete(anyString(), anyMap());
        taskIsGoneAfterwards(false);

        assertThatThrownBy(() -> caseTasks.complete(TASK_ID, "publish", null, Map.of(), CREDIT))
                .isSameAs(otherChange);
    }
}
