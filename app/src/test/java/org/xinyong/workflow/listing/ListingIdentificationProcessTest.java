package org.xinyong.workflow.listing;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.xinyong.workflow.engine.testing.CoverageEngines;
import org.xinyong.workflow.engine.testing.FakeDeadlines;
import org.xinyong.workflow.engine.testing.ProcessTestRules;

/**
 * Drives processes/listing-identification.bpmn through every path on a real engine, timers included. The coverage
 * extension fails the class when its tests together reach less than {@link #MINIMUM_COVERAGE} of the process's flow
 * nodes and sequence flows, and writes an HTML report to target/process-test-coverage. Run the class as a whole: one
 * method alone covers too little and fails that assertion.
 */
@Deployment(resources = "processes/listing-identification.bpmn")
class ListingIdentificationProcessTest {

    private static final String PROCESS = "listing-identification";
    private static final String CASE_ID = "LC-2026-0001";

    static final double MINIMUM_COVERAGE = 0.9;

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
            .builder(CoverageEngines.forClass(ListingIdentificationProcessTest.class))
            .assertClassCoverageAtLeast(MINIMUM_COVERAGE)
            .withDetailedCoverageLogging()
            .build();

    private ProcessTestRules rules;
    private final FakeDeadlines deadlines = new FakeDeadlines()
            .length("INTERVIEW_RECORD", Duration.ofDays(4))
            .length("REMINDER_RECTIFICATION", Duration.ofDays(15))
            .length("URGING_RECTIFICATION", Duration.ofDays(10))
            .length("STATEMENT_WINDOW", Duration.ofDays(14))
            .length("STATEMENT_REPLY", Duration.ofDays(7))
            .length("PUBLICATION", Duration.ofDays(3 * 365))
            .length("MINIMUM_PUBLICATION", Duration.ofDays(365))
            .length("PUBLICATION_LIMIT", Duration.ofDays(9));
    private final JavaDelegate deliverListingNotice = mock(JavaDelegate.class);
    private final ExecutionListener announceIdentifiedRecord = mock(ExecutionListener.class);
    private final JavaDelegate issueListingDecision = mock(JavaDelegate.class);
    private final JavaDelegate activateListing = mock(JavaDelegate.class);
    private final JavaDelegate removeListingOnExpiry = mock(JavaDelegate.class);
    private final JavaDelegate removeListingAfterRepair = mock(JavaDelegate.class);
    private final JavaDelegate revokeListing = mock(JavaDelegate.class);
    private final JavaDelegate closeCaseNotListed = mock(JavaDelegate.class);
    private final JavaDelegate handleRecordBelowSerious = mock(JavaDelegate.class);
    private final JavaDelegate suspendListingSanctions = mock(JavaDelegate.class);
    private final JavaDelegate resumeListingSanctions = mock(JavaDelegate.class);
    private final JavaDelegate recordListingNoticeService = mock(JavaDelegate.class);
    private final JavaDelegate appointIntegrityInterview = mock(JavaDelegate.class);
    private final JavaDelegate recordIntegrityInterview = mock(JavaDelegate.class);
    private final JavaDelegate urgeRectification = mock(JavaDelegate.class);
    private final JavaDelegate raiseRecordToGeneral = mock(JavaDelegate.class);
    private final JavaDelegate closeRecordRectified = mock(JavaDelegate.class);
    private final FollowUpNotices followUpNotices = mock(FollowUpNotices.class);

    @BeforeEach
    void registerBeans() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(new Date(1_767_225_600_000L)); // 2026-01-01T00:00:00Z
        Mocks.register("deadlines", deadlines);
        rules = ProcessTestRules.register();
        Mocks.register("deliverListingNotice", deliverListingNotice);
        Mocks.register("announceIdentifiedRecord", announceIdentifiedRecord);
        Mocks.register("issueListingDecision", issueListingDecision);
        Mocks.register("activateListing", activateListing);
        Mocks.register("removeListingOnExpiry", removeListingOnExpiry);
        Mocks.register("removeListingAfterRepair", removeListingAfterRepair);
        Mocks.register("revokeListing", revokeListing);
        Mocks.register("closeCaseNotListed", closeCaseNotListed);
        Mocks.register("handleRecordBelowSerious", handleRecordBelowSerious);
        Mocks.register("suspendListingSanctions", suspendListingSanctions);
        Mocks.register("resumeListingSanctions", resumeListingSanctions);
        Mocks.register("recordListingNoticeService", recordListingNoticeService);
        Mocks.register("appointIntegrityInterview", appointIntegrityInterview);
        Mocks.register("recordIntegrityInterview", recordIntegrityInterview);
        Mocks.register("urgeRectification", urgeRectification);
        Mocks.register("raiseRecordToGeneral", raiseRecordToGeneral);
        Mocks.register("closeRecordRectified", closeRecordRectified);
        Mocks.register("followUpNotices", followUpNotices);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void objectionSuspendsAndThenResumesTheSanctionsWhileTheListingStaysActive() throws Exception {
        ProcessInstance pi = publishedCase();

        runtimeService().createMessageCorrelation("ListingSuspended").processInstanceBusinessKey(CASE_ID).correlate();
        verify(suspendListingSanctions).execute(any());
        assertThat(pi).isWaitingAt("Gateway_listed");
        runtimeService().createMessageCorrelation("ListingResumed").processInstanceBusinessKey(CASE_ID).correlate();

        verify(resumeListingSanctions).execute(any());
        assertThat(pi).isWaitingAt("Gateway_listed").hasPassed("End_suspended", "End_resumed");
    }

    @Test
    void listingThatExpiresWhileUnderObjectionEndsCleanly() throws Exception {
        ProcessInstance pi = publishedCase();
        runtimeService().createMessageCorrelation("ListingSuspended").processInstanceBusinessKey(CASE_ID).correlate();

        moveClock(Duration.ofDays(3 * 365 + 1));
        execute(job(pi));

        verify(removeListingOnExpiry).execute(any());
        assertThat(pi).isEnded().hasPassed("End_expired");
    }

    @Test
    void headReviewIsDoneByTheDepartmentsHeads() {
        ProcessInstance pi = startCase();

        assertThat(pi).isWaitingAt("reviewByHead");
        assertThat(task(pi)).hasCandidateGroup("dept-amr-head");
    }

    @Test
    void headRejectionEndsTheCaseWithoutNoticeOrListing() throws Exception {
        ProcessInstance pi = startCase();

        complete(task(pi), withVariables("reviewByHeadOutcome", "reject"));

        assertThat(pi).isEnded().hasPassed("Task_closeNotListed").hasNotPassed("Task_deliverNotice");
        verify(closeCaseNotListed).execute(any());
        verify(activateListing, never()).execute(any());
        verify(announceIdentifiedRecord, never()).notify(any());
    }

    /**
     * seed001 §四6-7, §四10; seed003 §二(四)1-3: only a serious record goes to the serious list. A general or minor
     * one, once approved, is handled below it (a credit reminder): no notice of listing, no decision, no publication.
     */
    @Test
    void generalRecordIsNeverPublishedAsSeriousListing() throws Exception {
        ProcessInstance pi = startCase("GENERAL");

        complete(task(pi), withVariables("reviewByHeadOutcome", "approve"));

        assertThat(pi).isEnded().hasPassed("Task_handleBelowSerious", "End_graded")
                .hasNotPassed("Task_deliverNotice", "Task_issueDecision", "publishListing", "Task_activateListing");
        verify(handleRecordBelowSerious).execute(any());
        verify(announceIdentifiedRecord).notify(any());
        verify(deliverListingNotice, never()).execute(any());
        verify(activateListing, never()).execute(any());
    }

    @Test
    void rejectedGeneralRecordIsClosedNotGraded() throws Exception {
        ProcessInstance pi = startCase("GENERAL");

        complete(task(pi), withVariables("reviewByHeadOutcome", "reject"));

        assertThat(pi).isEnded().hasPassed("Task_closeNotListed").hasNotPassed("Task_handleBelowSerious");
        verify(announceIdentifiedRecord, never()).notify(any());
    }

    /** seed003 §二(五)2: only an identified record is "new dishonesty" for a repair; the head's approval makes one. */
    @Test
    void findingIsAnnouncedAsARecordOnlyWhenTheHeadApproves() throws Exception {
        ProcessInstance pi = startCase();
        verify(announceIdentifiedRecord, never()).notify(any());

        approveAndServe(pi);

        verify(announceIdentifiedRecord).notify(any());
        assertThat(pi).hasPassed("Task_deliverNotice");
    }

    @Test
    void noticeIsDeliveredBeforeAnythingElseAndItsServiceOpensTheStatementWindow() throws Exception {
        ProcessInstance pi = startCase();

        complete(task(pi), withVariables("reviewByHeadOutcome", "approve"));

        assertThat(pi).hasPassed("Task_deliverNotice").isWaitingAt("recordNoticeService");
        assertThat(task(pi)).hasCandidateGroup("dept-amr")
                .hasDueDate(deadlines.dueAt(executionOf(pi), "NOTICE_SERVICE"));
        verify(deliverListingNotice).execute(any());
        verify(issueListingDecision, never()).execute(any());
        org.assertj.core.api.Assertions.assertThat(deadlines.opened).as("no statement window before service")
                .containsExactly("HEAD_REVIEW", "NOTICE_SERVICE");

        serve(ClockUtil.getCurrentTime());

        assertThat(pi).isWaitingAt("Gateway_awaitStatement").hasPassed("Event_noticeServed");
        org.assertj.core.api.Assertions.assertThat(deadlines.opened).endsWith("STATEMENT_WINDOW");
        org.assertj.core.api.Assertions.assertThat(deadlines.met).containsExactly("HEAD_REVIEW", "NOTICE_SERVICE");
    }

    /**
     * Issue 13 item 5 (DOMAIN.md "Service of notices"): the statement window counts from service, not from issue. The
     * notice issued today and served by post nine days later gives the subject its whole window from the ninth day.
     */
    @Test
    void statementWindowCountsFromService() throws Exception {
        ProcessInstance pi = startCase();
        complete(task(pi), withVariables("reviewByHeadOutcome", "approve"));
        moveClock(Duration.ofDays(9));
        Date servedAt = new Date(ClockUtil.getCurrentTime().getTime() - Duration.ofDays(2).toMillis());

        serve(servedAt);

        assertThat(job(pi)).hasDueDate(new Date(servedAt.getTime() + Duration.ofDays(14).toMillis()));
        moveClock(Duration.ofDays(11));
        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId())
                .executable().count()).as("20 days from issue, 13 from service: still open").isZero();
    }

    /** The department records the service on its task (post, direct delivery, e-mail, public notice). */
    @Test
    void departmentRecordsTheServiceOnItsTaskAndTheWindowCountsFromThatDay() throws Exception {
        Date servedAt = new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(2).toMillis());
        org.mockito.Mockito.doAnswer(call -> {
            call.<org.camunda.bpm.engine.delegate.DelegateExecution>getArgument(0).setVariable("noticeServedAt", servedAt);
            return null;
        }).when(recordListingNoticeService).execute(any());
        ProcessInstance pi = startCase();
        complete(task(pi), withVariables("reviewByHeadOutcome", "approve"));

        rules.remindAndStay(pi, "recordNoticeService", "NOTICE_SERVICE", deadlines);
        complete(task(pi), withVariables("recordNoticeServiceOutcome", "served"));

        assertThat(pi).hasPassed("Task_registerNoticeService").isWaitingAt("Gateway_awaitStatement");
        verify(recordListingNoticeService).execute(any());
        assertThat(job(pi)).hasDueDate(new Date(servedAt.getTime() + Duration.ofDays(14).toMillis()));
        org.assertj.core.api.Assertions.assertThat(deadlines.met).contains("NOTICE_SERVICE");
    }

    @Test
    void silenceUntilTheWindowClosesProceedsToDecisionAndPublicationByTheCreditOffice() throws Exception {
        ProcessInstance pi = startCase();
        approveAndServe(pi);

        assertThat(job(pi)).hasDueDate(deadlines.dueAt(executionOf(pi), "STATEMENT_WINDOW"));
        moveClock(Duration.ofDays(15));
        execute(job(pi));

        assertThat(pi).hasPassed("Event_windowClosed", "Task_issueDecision").isWaitingAt("publishListing");
        assertThat(task(pi)).hasCandidateGroup("credit-office");
        org.assertj.core.api.Assertions.assertThat(deadlines.met).contains("STATEMENT_WINDOW");
    }

    @Test
    void sanctionsAreNeverActiveBeforePublication() throws Exception {
        ProcessInstance pi = startCase();
        approveAndServe(pi);
        moveClock(Duration.ofDays(15));
        execute(job(pi));

        verify(activateListing, never()).execute(any());
        complete(task(pi), withVariables("publishListingOutcome", "publish"));

        verify(activateListing).execute(any());
        assertThat(pi).isWaitingAt("Gateway_listed");
        org.assertj.core.api.Assertions.assertThat(deadlines.opened).contains("PUBLICATION", "MINIMUM_PUBLICATION");
    }

    /**
     * The publication period and the minimum period before repair count from the date of the listing decision
     * (认定决定作出之日), not from the day the credit office clicks publish.
     */
    @Test
    void publicationPeriodRunsFromDecisionDate() throws Exception {
        org.mockito.Mockito.doAnswer(call -> {
            call.<org.camunda.bpm.engine.delegate.DelegateExecution>getArgument(0)
                    .setVariable("decisionIssuedAt", ClockUtil.getCurrentTime());
            return null;
        }).when(issueListingDecision).execute(any());
        ProcessInstance pi = startCase();
        approveAndServe(pi);
        moveClock(Duration.ofDays(15));
        execute(job(pi));
        Date decidedAt = ClockUtil.getCurrentTime();
        assertThat(pi).isWaitingAt("publishListing");

        moveClock(Duration.ofDays(6));
        complete(task(pi), withVariables("publishListingOutcome", "publish"));

        org.assertj.core.api.Assertions.assertThat(deadlines.dueAt(executionOf(pi), "PUBLICATION"))
                .isEqualTo(new Date(decidedAt.getTime() + Duration.ofDays(3 * 365).toMillis()));
        org.assertj.core.api.Assertions.assertThat(deadlines.dueAt(executionOf(pi), "MINIMUM_PUBLICATION"))
                .isEqualTo(new Date(decidedAt.getTime() + Duration.ofDays(365).toMillis()));
        moveClock(Duration.ofDays(3 * 365 - 6));
        execute(job(pi));
        assertThat(pi).as("expired 3 years after the decision, 6 days before 3 years after publication")
                .isEnded().hasPassed("End_expired");
    }

    @Test
    void listingIsRemovedWhenThePublicationPeriodExpires() throws Exception {
        ProcessInstance pi = publishedCase();

        moveClock(Duration.ofDays(3 * 365 + 1));
        execute(job(pi));

        assertThat(pi).isEnded().hasPassed("Task_removeOnExpiry", "End_expired");
        verify(removeListingOnExpiry).execute(any());
        org.assertj.core.api.Assertions.assertThat(deadlines.met).contains("PUBLICATION");
    }

    @Test
    void statementInTheWindowIsVerifiedByTheDepartmentWithItsOwnDeadline() {
        ProcessInstance pi = startCase();
        approveAndServe(pi);

        fileStatement();

        assertThat(pi).isWaitingAt("verifyStatement");
        assertThat(task(pi)).hasCandidateGroup("dept-amr")
                .hasDueDate(deadlines.dueAt(executionOf(pi), "STATEMENT_REPLY"));
        org.assertj.core.api.Assertions.assertThat(deadlines.met).contains("STATEMENT_WINDOW");
    }

    @Test
    void verifiedStatementThatProceedsLeadsToTheListingDecision() throws Exception {
        ProcessInstance pi = startCase();
        approveAndServe(pi);
        fileStatement();

        complete(task(pi), withVariables("verifyStatementOutcome", "proceed"));

        assertThat(pi).hasPassed("Task_issueDecision").isWaitingAt("publishListing");
        org.assertj.core.api.Assertions.assertThat(deadlines.met).contains("STATEMENT_REPLY");
    }

    @Test
    void verifiedStatementThatDropsEndsWithoutListing() throws Exception {
        ProcessInstance pi = startCase();
        approveAndServe(pi);
        fileStatement();

        complete(task(pi), withVariables("verifyStatementOutcome", "drop"));

        assertThat(pi).isEnded().hasPassed("Task_closeNotListed", "End_notListed").hasNotPassed("Task_issueDecision");
        verify(activateListing, never()).execute(any());
    }

    @Test
    void approvedRepairRemovesTheListingAndCancelsTheExpiryTimer() throws Exception {
        ProcessInstance pi = publishedCase();

        runtimeService().createMessageCorrelation("ListingRepaired").processInstanceBusinessKey(CASE_ID).correlate();

        assertThat(pi).isEnded().hasPassed("Task_removeAfterRepair", "End_repaired");
        verify(removeListingAfterRepair).execute(any());
        org.assertj.core.api.Assertions.assertThat(deadlines.cancelled).contains("PUBLICATION");
        org.assertj.core.api.Assertions.assertThat(engine.getManagementService().createJobQuery().count()).isZero();
    }

    @Test
    void upheldObjectionRevokesTheListing() throws Exception {
        ProcessInstance pi = publishedCase();

        runtimeService().createMessageCorrelation("ListingRevoked").processInstanceBusinessKey(CASE_ID).correlate();

        assertThat(pi).isEnded().hasPassed("Task_revokeListing", "End_revoked");
        verify(revokeListing).execute(any());
    }

    /**
     * Issue 13 item 3: the credit office publishes within the rule set's limit (publicationLimit, 7 working days,
     * seed004 §三(三)3 "在做出行政决定的7个工作日内…公开") counted from the listing decision, not from when its task
     * appeared; the task carries that due date and is reminded before it.
     */
    @Test
    void publicationIsDueWithinTheLimitCountedFromTheDecision() throws Exception {
        Date decidedAt = new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(14).toMillis());
        org.mockito.Mockito.doAnswer(call -> {
            call.<org.camunda.bpm.engine.delegate.DelegateExecution>getArgument(0).setVariable("decisionIssuedAt", decidedAt);
            return null;
        }).when(issueListingDecision).execute(any());
        ProcessInstance pi = startCase();
        approveAndServe(pi);
        moveClock(Duration.ofDays(15));
        execute(job(pi));

        assertThat(task(pi)).hasDueDate(new Date(decidedAt.getTime() + Duration.ofDays(9).toMillis()));
        rules.remindAndStay(pi, "publishListing", "PUBLICATION_LIMIT", deadlines);
        complete(task(pi), withVariables("publishListingOutcome", "publish"));
        org.assertj.core.api.Assertions.assertThat(deadlines.met).contains("PUBLICATION_LIMIT");
    }

    /** Issue 13 item 10: the head's review and the reply to a statement are due and reminded like every deadline. */
    @Test
    void headReviewAndStatementReplyAreRemindedBeforeTheirDeadlines() throws Exception {
        ProcessInstance pi = startCase();
        rules.remindAndStay(pi, "reviewByHead", "HEAD_REVIEW", deadlines);
        approveAndServe(pi);
        fileStatement();

        rules.remindAndStay(pi, "verifyStatement", "STATEMENT_REPLY", deadlines);
        complete(task(pi), withVariables("verifyStatementOutcome", "proceed"));
        assertThat(pi).isWaitingAt("publishListing");
    }

    /**
     * Issue 13 item 4: who decides a listing is the rule set's value. Under a set that gives it to the county leading
     * group (seed003 §二(二)3) the group decides after the statement window, before any decision is issued.
     */
    @Test
    void leadingGroupDecidesTheListingWhereTheRuleSetSaysSo() throws Exception {
        ProcessInstance pi = startCase("SERIOUS", ProcessTestRules.LEADING_GROUP_LISTS);
        approveAndServe(pi);
        moveClock(Duration.ofDays(15));
        execute(job(pi));

        assertThat(pi).isWaitingAt("decideListing").hasNotPassed("Task_issueDecision");
        assertThat(task(pi)).hasCandidateGroup("leading-group");
        rules.remindAndStay(pi, "decideListing", "LISTING_DECISION", deadlines);
        complete(task(pi), withVariables("decideListingOutcome", "approve"));

        assertThat(pi).hasPassed("Task_issueDecision").isWaitingAt("publishListing");
    }

    @Test
    void leadingGroupRefusalEndsTheCaseWithoutListing() throws Exception {
        ProcessInstance pi = startCase("SERIOUS", ProcessTestRules.LEADING_GROUP_LISTS);
        approveAndServe(pi);
        moveClock(Duration.ofDays(15));
        execute(job(pi));

        complete(task(pi), withVariables("decideListingOutcome", "reject"));

        assertThat(pi).isEnded().hasPassed("Task_closeNotListed", "End_notListed").hasNotPassed("Task_issueDecision");
    }

    @Test
    void identifyingDepartmentDecidesUnderTheShippedSets() throws Exception {
        ProcessInstance pi = startCase();
        approveAndServe(pi);
        moveClock(Duration.ofDays(15));
        execute(job(pi));

        assertThat(pi).hasNotPassed("decideListing").hasPassed("Task_issueDecision");
    }

    /** The head approves; the notice is issued and served now (as the subject opening it in the portal would). */
    private void approveAndServe(ProcessInstance pi) {
        complete(task(pi), withVariables("reviewByHeadOutcome", "approve"));
        assertThat(pi).isWaitingAt("recordNoticeService");
        serve(ClockUtil.getCurrentTime());
    }

    private void serve(Date servedAt) {
        runtimeService().createMessageCorrelation("ListingNoticeServed").processInstanceBusinessKey(CASE_ID)
                .setVariable("noticeServedAt", servedAt).correlate();
    }

    /**
     * seed003 §二(四)1: a minor record gets a credit reminder ordering the act stopped and corrected, and the department
     * follows it up; corrected, the follow-up ends. Never a notice of listing.
     */
    @Test
    void minorRecordIsFollowedUpUntilTheActIsCorrected() throws Exception {
        ProcessInstance pi = approvedMinorRecord();

        assertThat(task(pi)).hasCandidateGroup("dept-amr");
        rules.remindAndStay(pi, "checkRectification", "REMINDER_RECTIFICATION", deadlines);
        complete(task(pi), withVariables("checkRectificationOutcome", "pass"));

        assertThat(pi).isEnded().hasPassed("Task_closeRectified", "End_rectified")
                .hasNotPassed("Task_deliverNotice", "Task_urgeRectification", "Task_raiseToGeneral", "End_graded");
        verify(closeRecordRectified).execute(any());
        verify(raiseRecordToGeneral, never()).execute(any());
        org.assertj.core.api.Assertions.assertThat(deadlines.met).contains("REMINDER_RECTIFICATION");
    }

    /** seed003 §二(四)1: 接到信用提醒后无故不矫正…经督促后仍不履行的，上升为较重失信行为. */
    @Test
    void ignoredReminderRaisesRecordToGeneral() throws Exception {
        ProcessInstance pi = approvedMinorRecord();

        complete(task(pi), withVariables("checkRectificationOutcome", "fail"));
        verify(urgeRectification).execute(any());
        urgingServed(pi);
        org.assertj.core.api.Assertions.assertThat(deadlines.opened).contains("URGING_RECTIFICATION");
        rules.remindAndStay(pi, "checkAfterUrging", "URGING_RECTIFICATION", deadlines);
        complete(task(pi), withVariables("checkAfterUrgingOutcome", "fail"));

        assertThat(pi).isEnded().hasPassed("Task_raiseToGeneral", "End_raisedToGeneral")
                .hasNotPassed("Task_deliverNotice", "Task_issueDecision", "Task_closeRectified");
        verify(raiseRecordToGeneral).execute(any());
        verify(deliverListingNotice, never()).execute(any());
        verify(activateListing, never()).execute(any());
    }

    /** Urging is a last chance, not a sanction: a subject that complies after it is not raised. */
    @Test
    void subjectThatCompliesAfterUrgingIsNotRaised() throws Exception {
        ProcessInstance pi = approvedMinorRecord();

        complete(task(pi), withVariables("checkRectificationOutcome", "fail"));
        urgingServed(pi);
        complete(task(pi), withVariables("checkAfterUrgingOutcome", "pass"));

        assertThat(pi).isEnded().hasPassed("Task_urgeRectification", "End_rectified").hasNotPassed("Task_raiseToGeneral");
        verify(raiseRecordToGeneral, never()).execute(any());
    }

    /**
     * The integrity interview (诚信约谈, seed003 §二(四)1) from scheduling to minutes: the notice sets the day, the
     * minutes are due from that day, and what the interview required is then checked like the reminder.
     */
    @Test
    void integrityInterviewIsScheduledHeldMinutedAndFollowedUp() throws Exception {
        Date interviewAt = new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(3).toMillis());
        org.mockito.Mockito.doAnswer(call -> {
            ((org.camunda.bpm.engine.delegate.DelegateExecution) call.getArgument(0)).setVariable("interviewAt", interviewAt);
            return null;
        }).when(appointIntegrityInterview).execute(any());
        ProcessInstance pi = approvedMinorRecord();

        complete(task(pi), withVariables("checkRectificationOutcome", "proceed"));
        rules.remindAndStay(pi, "scheduleInterview", "INTERVIEW_SCHEDULING", deadlines);
        complete(task(pi), withVariables("scheduleInterviewOutcome", "proceed"));

        verify(appointIntegrityInterview).execute(any());
        assertThat(task(pi)).hasDefinitionKey("holdInterview").hasCandidateGroup("dept-amr")
                .hasDueDate(new Date(interviewAt.getTime() + Duration.ofDays(4).toMillis()));
        rules.remindAndStay(pi, "holdInterview", "INTERVIEW_RECORD", deadlines);
        complete(task(pi), withVariables("holdInterviewOutcome", "pass"));

        verify(recordIntegrityInterview).execute(any());
        assertThat(pi).isWaitingAt("checkRectification").hasPassed("Task_recordInterview");
        complete(task(pi), withVariables("checkRectificationOutcome", "pass"));
        assertThat(pi).isEnded().hasPassed("End_rectified");
        verify(urgeRectification, never()).execute(any());
    }

    /** seed003 §二(四)1: 无故不参加约谈 is urged like an ignored reminder. */
    @Test
    void refusedInterviewIsUrged() throws Exception {
        ProcessInstance pi = approvedMinorRecord();

        complete(task(pi), withVariables("checkRectificationOutcome", "proceed"));
        complete(task(pi), withVariables("scheduleInterviewOutcome", "proceed"));
        complete(task(pi), withVariables("holdInterviewOutcome", "refuse"));

        verify(recordIntegrityInterview, never()).execute(any());
        verify(urgeRectification).execute(any());
        urgingServed(pi);
    }

    /**
     * seed003 §二(一)3, §二(四)1: a minor record raised after urging that is the subject's third general record within
     * the window is serious, and goes on to the notice before listing like any serious record.
     */
    @Test
    void raisedRecordThatIsTheThirdGeneralGoesOnToListingIdentification() throws Exception {
        org.mockito.Mockito.doAnswer(call -> {
            ((org.camunda.bpm.engine.delegate.DelegateExecution) call.getArgument(0)).setVariable("severity", "SERIOUS");
            return null;
        }).when(raiseRecordToGeneral).execute(any());
        ProcessInstance pi = approvedMinorRecord();
        complete(task(pi), withVariables("checkRectificationOutcome", "fail"));
        urgingServed(pi);

        complete(task(pi), withVariables("checkAfterUrgingOutcome", "fail"));

        verify(deliverListingNotice).execute(any());
        assertThat(pi).isWaitingAt("recordNoticeService").hasPassed("Task_raiseToGeneral", "Gateway_raisedSeverity")
                .hasNotPassed("End_raisedToGeneral");
    }

    private ProcessInstance approvedMinorRecord() throws Exception {
        ProcessInstance pi = reminderIssued();
        complete(task(pi), withVariables("recordReminderServiceOutcome", "served"));
        verify(followUpNotices).registerService(any(), org.mockito.ArgumentMatchers.eq("CREDIT_REMINDER"),
                org.mockito.ArgumentMatchers.eq("reminderServedAt"));
        assertThat(pi).isWaitingAt("checkRectification");
        return pi;
    }

    /** Approved minor: the credit reminder is issued and waits for its service. */
    private ProcessInstance reminderIssued() throws Exception {
        ProcessInstance pi = startCase("MINOR");
        complete(task(pi), withVariables("reviewByHeadOutcome", "approve"));
        verify(handleRecordBelowSerious).execute(any());
        assertThat(pi).isWaitingAt("recordReminderService").hasPassed("Gateway_belowSeriousTrack")
                .hasNotPassed("End_graded", "Task_deliverNotice");
        return pi;
    }

    /** After urging: the urging notice waits for its service, then the check after urging. */
    private void urgingServed(ProcessInstance pi) {
        assertThat(pi).isWaitingAt("recordUrgingService");
        complete(task(pi), withVariables("recordUrgingServiceOutcome", "served"));
        assertThat(pi).isWaitingAt("checkAfterUrging");
    }

    /**
     * DOMAIN.md "Service of notices": the reminder's rectification check counts from its service, not its issue; a
     * reminder the subject opens late in the portal moves the case on from that day, and a department that has not
     * recorded the service is reminded of it.
     */
    @Test
    void reminderServedLateInThePortalCountsTheCheckFromService() throws Exception {
        ProcessInstance pi = reminderIssued();
        rules.remindAndStay(pi, "recordReminderService", "NOTICE_SERVICE", deadlines);
        Date servedAt = new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(8).toMillis());

        runtimeService().createMessageCorrelation("RecordReminderServed").processInstanceBusinessKey(CASE_ID)
                .setVariable("reminderServedAt", servedAt).correlate();

        assertThat(pi).isWaitingAt("checkRectification").hasPassed("Event_reminderServed")
                .hasNotPassed("Task_registerReminderService");
        assertThat(task(pi)).hasDueDate(new Date(servedAt.getTime() + Duration.ofDays(15).toMillis()));
    }

    /** The urging notice opened in the portal: the urging period runs from that day. */
    @Test
    void urgingNoticeServedInThePortalStartsTheUrgingPeriod() throws Exception {
        ProcessInstance pi = approvedMinorRecord();
        complete(task(pi), withVariables("checkRectificationOutcome", "fail"));
        rules.remindAndStay(pi, "recordUrgingService", "NOTICE_SERVICE", deadlines);
        Date servedAt = new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(2).toMillis());

        runtimeService().createMessageCorrelation("RecordUrgingServed").processInstanceBusinessKey(CASE_ID)
                .setVariable("urgingServedAt", servedAt).correlate();

        assertThat(pi).isWaitingAt("checkAfterUrging").hasPassed("Event_urgingServed");
        assertThat(task(pi)).hasDueDate(new Date(servedAt.getTime() + Duration.ofDays(10).toMillis()));
    }

    private ProcessInstance startCase() {
        return startCase("SERIOUS");
    }

    private ProcessInstance startCase(String severity) {
        return startCase(severity, "seeds-default");
    }

    private ProcessInstance startCase(String severity, String ruleSetId) {
        return runtimeService().startProcessInstanceByKey(PROCESS, CASE_ID, Map.of(
                "caseId", CASE_ID, "caseType", "LISTING", "ruleSetId", ruleSetId,
                "departmentCode", "amr", "subjectCode", "91230400MA19XY0035", "severity", severity));
    }

    private ProcessInstance publishedCase() {
        ProcessInstance pi = startCase();
        approveAndServe(pi);
        moveClock(Duration.ofDays(15));
        execute(job(pi));
        complete(task(pi), withVariables("publishListingOutcome", "publish"));
        return pi;
    }

    private void fileStatement() {
        runtimeService().createMessageCorrelation("ListingStatementFiled").processInstanceBusinessKey(CASE_ID)
                .setVariable("statementText", "陈述申辩：已整改").correlate();
    }

    private org.camunda.bpm.engine.delegate.DelegateExecution executionOf(ProcessInstance pi) {
        org.camunda.bpm.engine.delegate.DelegateExecution execution = mock(org.camunda.bpm.engine.delegate.DelegateExecution.class);
        org.mockito.Mockito.when(execution.getProcessInstanceId()).thenReturn(pi.getId());
        return execution;
    }

    private static void moveClock(Duration by) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + by.toMillis()));
    }
}
