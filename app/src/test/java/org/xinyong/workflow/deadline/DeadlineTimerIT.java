package org.xinyong.workflow.deadline;

import org.xinyong.workflow.cases.CaseType;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.engine.DueJobs;
import org.xinyong.workflow.rules.DurationUnit;
import org.xinyong.workflow.rules.LegalDuration;

/** The engine reads its timers from the deadline service, and the timers move with the deadline. */
@SpringBootTest
class DeadlineTimerIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LegalDuration REMINDER_LEAD = LegalDuration.of(5, DurationUnit.CALENDAR_DAYS);

    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;
    @Autowired DeadlineService deadlines;
    @Autowired DeadlineTimers timers;
    @Autowired DueJobs dueJobs;
    @Autowired BusinessClock clock;

    @BeforeEach
    void deployAndSetTheClock() {
        DeadlineTimerProcess.deploy(repositoryService);
        clock.setTo(at(3, 3, 10, 0));
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    @Test
    void verificationTimerIsDueWhenTheDeadlineIsAndMovesWithASuspension() {
        ProcessInstance instance = DeadlineTimerProcess.startObjection(runtimeService);

        Deadline deadline = onlyDeadlineOf(instance);
        // received Tue 3 March 10:00, 20 days (seed000 §五(五)): to the end of Mon 23 March
        assertThat(deadline.dueAt()).isEqualTo(at(3, 24, 0, 0));
        assertThat(deadline.ruleSetId()).isEqualTo("seeds-default");
        assertThat(timer(instance, DeadlineTimerProcess.DUE_TIMER).getDuedate()).isEqualTo(Date.from(deadline.dueAt()));
        assertThat(timer(instance, DeadlineTimerProcess.REMINDER_TIMER).getDuedate()).isEqualTo(Date.from(at(3, 19, 0, 0)));

        // Thu 5 March: the department asks for supplementary evidence; the timers hold
        clock.setTo(at(3, 5, 9, 0));
        deadlines.suspend(deadline.id(), "等待申请人补充证据");
        timers.follow(deadlines.get(deadline.id()), DeadlineTimerProcess.DUE_TIMER);
        timers.hold(instance.getId(), DeadlineTimerProcess.REMINDER_TIMER);
        assertThat(timer(instance, DeadlineTimerProcess.DUE_TIMER).isSuspended()).isTrue();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .isSuspended()).as("the process instance itself is never suspended").isFalse();

        // Sun 8 March: the evidence arrives; 6, 7 and 8 March do not count
        clock.setTo(at(3, 8, 15, 0));
        Instant newDue = deadlines.resume(deadline.id());
        Deadline resumed = deadlines.get(deadline.id());
        timers.follow(resumed, DeadlineTimerProcess.DUE_TIMER);
        timers.reschedule(instance.getId(), DeadlineTimerProcess.REMINDER_TIMER,
                Date.from(deadlines.reminderAt(resumed, REMINDER_LEAD)));

        assertThat(newDue).isEqualTo(at(3, 27, 0, 0));
        assertThat(resumed.dueAt()).isEqualTo(newDue);
        Job dueTimer = timer(instance, DeadlineTimerProcess.DUE_TIMER);
        assertThat(dueTimer.getDuedate()).isEqualTo(Date.from(newDue));
        assertThat(dueTimer.isSuspended()).isFalse();

        // on the old due date nothing is overdue; only the (moved) reminder has come
        clock.setTo(at(3, 26, 12, 0));
        assertThat(dueJobs.runDue()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("verify")
                .count()).isEqualTo(1);
        assertThat(deadlines.overdue()).extracting(Deadline::id).doesNotContain(deadline.id());

        // the new due instant passes: the timer fires
        clock.setTo(at(3, 27, 0, 1));
        assertThat(deadlines.overdue()).extracting(Deadline::id).contains(deadline.id());
        assertThat(dueJobs.runDue()).isEqualTo(1);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("overdue").count()).isEqualTo(1);
    }

    @Test
    void verificationInTimeMeetsTheDeadline() {
        ProcessInstance instance = DeadlineTimerProcess.startObjection(runtimeService);
        Deadline deadline = onlyDeadlineOf(instance);

        clock.setTo(at(3, 10, 10, 0));
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());

        Deadline met = deadlines.get(deadline.id());
        assertThat(met.status()).isEqualTo(DeadlineStatus.MET);
        assertThat(met.closedAt()).isEqualTo(at(3, 10, 10, 0));
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count())
                .as("the timers went with the task").isZero();
    }

    private Deadline onlyDeadlineOf(ProcessInstance instance) {
        List<Deadline> open = deadlines.openDeadlinesOf(CaseType.OBJECTION, instance.getBusinessKey());
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .timers().singleResult();
    }
}
