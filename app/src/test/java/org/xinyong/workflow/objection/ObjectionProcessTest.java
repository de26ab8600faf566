package org.xinyong.workflow.objection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.xinyong.workflow.engine.testing.FakeDeadlines;
import org.xinyong.workflow.engine.testing.ProcessTestRules;

/** Drives processes/objection.bpmn through every path on a real engine: outcomes, reminder, overdue, evidence. */
@Deployment(resources = "processes/objection.bpmn")
class ObjectionProcessTest {

    private static final String KEY = "OBJECTION-7";

    /** The class's tests together reach at least this share of the process's flow nodes and sequence flows. */
    static final double MINIMUM_COVERAGE = 0.95;

    @RegisterExtension
    static org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension engine =
            org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension
                    .builder(org.xinyong.workflow.engine.testing.CoverageEngines.forClass(ObjectionProcessTest.class))
                    .assertClassCoverageAtLeast(MINIMUM_COVERAGE)
                    .build();

    private ProcessTestRules rules;
    private final FakeDeadlines deadlines = new FakeDeadlines()
            .length("OBJECTION_ACCEPTANCE", Duration.ofDays(2))
            .length("OBJECTION_VERIFICATION", Duration.ofDays(20))
            .length("OBJECTION_SUPERVISION", Duration.ofDays(7));
    private final Map<String, JavaDelegate> delegates = Map.ofEntries(
            Map.entry("suspendSanctionsForObjection", mock(JavaDelegate.class)),
            Map.entry("startObjectionVerification", mock(JavaDelegate.class)),
            Map.entry("refuseObjection", mock(JavaDelegate.class)),
            Map.entry("remindObjectionDeadline", mock(JavaDelegate.class)),
            Map.entry("markObjectionOverdue", mock(JavaDelegate.class)),
            Map.entry("revokeListingAfterObjection", mock(JavaDelegate.class)),
            Map.entry("correctRecordAfterObjection", mock(JavaDelegate.class)),
            Map.entry("upholdListing", mock(JavaDelegate.class)),
            Map.entry("issueObjectionReply", mock(JavaDelegate.class)),
            Map.entry("pauseObjectionClock", mock(JavaDelegate.class)),
            Map.entry("resumeObjectionClock", mock(JavaDelegate.class)));

    @BeforeEach
    void registerBeans() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(new Date(1_767_225_600_000L));
        Mocks.register("deadlines", deadlines);
        rules = ProcessTestRules.register();
        delegates.forEach(Mocks::register);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void receiptSuspendsSanctionsAndStartsTheTwentyDayClockBeforeAcceptance() throws Exception {
        ProcessInstance pi = start();

        verify(delegate("suspendSanctionsForObjection")).execute(any());
        assertThat(deadlines.opened).containsExactly("OBJECTION_VERIFICATION", "OBJECTION_ACCEPTANCE");
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt("acceptObjection");
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("dept-amr");
    }

    @Test
    void refusalAnswersWithReasonsResumesAndCancelsTheVerificationClock() throws Exception {
        ProcessInstance pi = start();

        complete(task(pi), withVariables("acceptObjectionOutcome", "refuse", "decisionReason", "超过时效"));

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassed("Task_refuseObjection").hasNotPassed("verifyObjection");
        verify(delegate("refuseObjection")).execute(any());
        assertThat(deadlines.cancelled).contains("OBJECTION_VERIFICATION");
        assertThat(deadlines.met).contains("OBJECTION_ACCEPTANCE");
    }

    @Test
    void revokeOutcomeRevokesTheListingAndReplies() throws Exception {
        ProcessInstance pi = accepted();

        complete(task(pi), withVariables("verifyObjectionOutcome", "revoke"));

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassed("Task_revokeListing", "Task_issueReply");
        verify(delegate("revokeListingAfterObjection")).execute(any());
        verify(delegate("upholdListing"), never()).execute(any());
        verify(delegate("issueObjectionReply")).execute(any());
        assertThat(deadlines.met).contains("OBJECTION_VERIFICATION");
    }

    @Test
    void correctOutcomeCorrectsTheRecord() throws Exception {
        ProcessInstance pi = accepted();

        complete(task(pi), withVariables("verifyObjectionOutcome", "correct"));

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassed("Task_correctRecord", "Task_issueReply");
        verify(delegate("correctRecordAfterObjection")).execute(any());
    }

    @Test
    void upholdOutcomeResumesTheSanctions() throws Exception {
        ProcessInstance pi = accepted();

        complete(task(pi), withVariables("verifyObjectionOutcome", "uphold"));

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassed("Task_resumeSanctions", "Task_issueReply");
        verify(delegate("upholdListing")).execute(any());
    }

    /** Issue 13 item 10: the acceptance decision is reminded before its deadline like every other deadline. */
    @Test
    void acceptanceIsRemindedBeforeItsDeadlineAndStaysOpen() {
        ProcessInstance pi = start();

        rules.remindAndStay(pi, "acceptObjection", "OBJECTION_ACCEPTANCE", deadlines);
    }

    @Test
    void reminderGoesOutBeforeTheDeadlineWithoutInterruptingVerification() throws Exception {
        ProcessInstance pi = accepted();

        moveClock(Duration.ofDays(16));
        execute(timer(pi, "Event_reminder"));

        verify(delegate("remindObjectionDeadline")).execute(any());
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt("verifyObjection");
    }

    @Test
    void verificationTimersFallDueAtTheReminderLeadBeforeTheDeadlineAndAtTheDeadline() {
        Date received = ClockUtil.getCurrentTime();
        ProcessInstance pi = accepted();

        assertThat(timer(pi, "Event_overdue").getDuedate()).isEqualTo(plus(received, Duration.ofDays(20)));
        assertThat(timer(pi, "Event_reminder").getDuedate()).isEqualTo(plus(received, Duration.ofDays(15)));
        moveClock(Duration.ofDays(15).minusMinutes(1));
        assertThat(executableTimers(pi)).as("nothing is due before the reminder").isEmpty();
        moveClock(Duration.ofMinutes(2));
        assertThat(executableTimers(pi)).containsExactly("Event_reminder");
        moveClock(Duration.ofDays(5));
        assertThat(executableTimers(pi)).containsExactlyInAnyOrder("Event_reminder", "Event_overdue");
    }

    @Test
    void evidenceRequestWaitsUntilTheDayTheDepartmentSetAndKeepsTheVerificationTaskOpen() {
        ProcessInstance pi = accepted();

        requestEvidence(Duration.ofDays(10));

        assertThat(timer(pi, "Event_evidenceLapsed").getDuedate())
                .isEqualTo(plus(ClockUtil.getCurrentTime(), Duration.ofDays(10)));
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi)
                .isWaitingAt("verifyObjection", "Gateway_awaitEvidence");
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).active().count())
                .as("a pause of the deadline, never a suspension of the process").isEqualTo(1);
    }

    @Test
    void overdueVerificationIsEscalatedToTheCreditOfficeAndTheDepartmentCanStillFinish() throws Exception {
        ProcessInstance pi = accepted();

        moveClock(Duration.ofDays(21));
        execute(timer(pi, "Event_overdue"));

        verify(delegate("markObjectionOverdue")).execute(any());
        assertThat(taskQuery().processInstanceId(pi.getId()).taskCandidateGroup("credit-office")
                .taskDefinitionKey("superviseOverdueObjection").count()).isEqualTo(1);
        complete(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("verifyObjection").singleResult(),
                withVariables("verifyObjectionOutcome", "uphold"));
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded();
    }

    /**
     * The credit office's follow-up of a late verification has its own limit (rule set objectionSupervision) and is
     * reminded before it; finishing it meets the deadline (DOMAIN Lifecycle B.4; issue 13 item 10).
     */
    @Test
    void followUpOfALateVerificationHasItsOwnDueDateAndReminder() throws Exception {
        ProcessInstance pi = accepted();
        moveClock(Duration.ofDays(21));
        execute(timer(pi, "Event_overdue"));

        rules.remindAndStay(pi, "superviseOverdueObjection", "OBJECTION_SUPERVISION", deadlines);
        complete(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("superviseOverdueObjection")
                .singleResult(), withVariables("superviseOverdueObjectionOutcome", "proceed"));

        assertThat(deadlines.met).contains("OBJECTION_SUPERVISION");
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).hasPassed("End_supervised")
                .isWaitingAt("verifyObjection");
    }

    @Test
    void evidenceRequestPausesTheClockUntilTheEvidenceArrives() throws Exception {
        ProcessInstance pi = accepted();

        requestEvidence(Duration.ofDays(10));
        verify(delegate("pauseObjectionClock")).execute(any());
        runtimeService().createMessageCorrelation("ObjectionEvidenceReceived").processInstanceBusinessKey(KEY)
                .correlate();

        verify(delegate("resumeObjectionClock")).execute(any());
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt("verifyObjection");
    }

    @Test
    void evidenceRequestThatLapsesResumesTheClock() throws Exception {
        ProcessInstance pi = accepted();
        requestEvidence(Duration.ofDays(10));

        moveClock(Duration.ofDays(11));
        execute(timer(pi, "Event_evidenceLapsed"));

        verify(delegate("resumeObjectionClock")).execute(any());
        assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(pi.getId())
                .eventName("ObjectionEvidenceReceived").count()).isZero();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("objection", KEY, Map.of("caseId", "7", "caseType",
                "OBJECTION", "ruleSetId", "seeds-default", "departmentCode", "amr", "subjectCode",
                "91230400MA19XY0035", "listingId", "3", "listingCaseId", "5"));
    }

    private ProcessInstance accepted() {
        ProcessInstance pi = start();
        complete(task(pi), withVariables("acceptObjectionOutcome", "accept"));
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt("verifyObjection");
        return pi;
    }

    private void requestEvidence(Duration respondWithin) {
        runtimeService().createMessageCorrelation("ObjectionEvidenceRequested").processInstanceBusinessKey(KEY)
                .setVariable("evidenceDueAt", new Date(ClockUtil.getCurrentTime().getTime() + respondWithin.toMillis()))
                .correlate();
    }

    private Job timer(ProcessInstance pi, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
                .singleResult();
    }

    private java.util.List<String> executableTimers(ProcessInstance pi) {
        return java.util.stream.Stream.of("Event_reminder", "Event_overdue", "Event_evidenceLapsed")
                .filter(activityId -> engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                        .activityId(activityId).timers().executable().count() > 0)
                .toList();
    }

    private static Date plus(Date date, Duration duration) {
        return new Date(date.getTime() + duration.toMillis());
    }

    private JavaDelegate delegate(String name) {
        return delegates.get(name);
    }

    private static void moveClock(Duration by) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + by.toMillis()));
    }
}
