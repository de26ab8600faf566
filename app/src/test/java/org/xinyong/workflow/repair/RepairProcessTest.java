package org.xinyong.workflow.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

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
 * Drives processes/credit-repair.bpmn through every path on a real engine, the rectification timer included. The
 * coverage extension fails the class when its tests together reach less than {@link #MINIMUM_COVERAGE} of the
 * process's flow nodes and sequence flows (report in target/process-test-coverage). Run the class as a whole.
 */
@Deployment(resources = "processes/credit-repair.bpmn")
class RepairProcessTest {

    private static final String KEY = "REPAIR-4";

    /** Every path together must reach this share of the process's flow nodes and sequence flows. */
    static final double MINIMUM_COVERAGE = 0.95;

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
            .builder(CoverageEngines.forClass(RepairProcessTest.class))
            .assertClassCoverageAtLeast(MINIMUM_COVERAGE)
            .build();

    private ProcessTestRules rules;
    private final FakeDeadlines deadlines = new FakeDeadlines()
            .length("REPAIR_REVIEW", Duration.ofDays(7))
            .length("RECTIFICATION", Duration.ofDays(92));
    private final Map<String, JavaDelegate> delegates = Map.of(
            "acceptRepair", mock(JavaDelegate.class),
            "refuseRepair", mock(JavaDelegate.class),
            "startRepairInspection", mock(JavaDelegate.class),
            "extendRectification", mock(JavaDelegate.class),
            "issueRepairReport", mock(JavaDelegate.class),
            "approveRepair", mock(JavaDelegate.class),
            "rejectRepair", mock(JavaDelegate.class),
            "failRepairForNewViolation", mock(JavaDelegate.class));

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
    void refusedApplicationIsAnsweredInWriting() throws Exception {
        ProcessInstance pi = start();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("dept-amr");

        complete(task(pi), withVariables("reviewRepairOutcome", "refuse"));

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded().hasPassed("End_refused");
        verify(delegate("refuseRepair")).execute(any());
        assertThat(deadlines.met).contains("REPAIR_REVIEW");
    }

    @Test
    void inspectionWaitsForTheWholeRectificationPeriod() throws Exception {
        ProcessInstance pi = accepted();

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt("Event_rectified");
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(job(pi))
                .hasDueDate(deadlines.dueAt(executionOf(pi), "RECTIFICATION"));
        moveClock(Duration.ofDays(93));
        execute(job(pi));

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt("inspectRepair");
        verify(delegate("startRepairInspection")).execute(any());
        assertThat(deadlines.met).contains("RECTIFICATION");
    }

    @Test
    void approvalPassesInspectionCreditOfficeAndLeadingGroup() throws Exception {
        ProcessInstance pi = inspecting();

        complete(task(pi), withVariables("inspectRepairOutcome", "pass"));
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("credit-office");
        complete(task(pi), withVariables("checkRepairReportOutcome", "approve"));
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("leading-group");
        complete(task(pi), withVariables("decideRepairOutcome", "approve"));

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassed("Task_issueReport", "Task_approveRepair", "End_repaired");
        verify(delegate("approveRepair")).execute(any());
        verify(delegate("rejectRepair"), never()).execute(any());
    }

    @Test
    void failedInspectionIsRejected() throws Exception {
        ProcessInstance pi = inspecting();

        complete(task(pi), withVariables("inspectRepairOutcome", "fail"));

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded().hasPassed("End_rejected");
        verify(delegate("rejectRepair")).execute(any());
    }

    /**
     * seed003 §二(五)3: the credit office checks the report and forwards it, or returns it to the department for
     * rework; it never ends the repair. Only the leading group decides.
     */
    @Test
    void onlyLeadingGroupDecidesRepairUnderSeedsRules() throws Exception {
        ProcessInstance returned = inspecting();
        complete(task(returned), withVariables("inspectRepairOutcome", "pass"));

        complete(task(returned), withVariables("checkRepairReportOutcome", "reject"));

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(returned).isNotEnded()
                .isWaitingAt("inspectRepair").hasNotPassed("Task_rejectRepair", "decideRepair");
        verify(delegate("rejectRepair"), never()).execute(any());
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(task(returned))
                .hasCandidateGroup("dept-amr");

        complete(task(returned), withVariables("inspectRepairOutcome", "pass"));
        complete(task(returned), withVariables("checkRepairReportOutcome", "approve"));
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(returned).isWaitingAt("decideRepair");
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(task(returned))
                .hasCandidateGroup("leading-group");
    }

    @Test
    void leadingGroupRejectionEndsTheRepair() throws Exception {
        ProcessInstance pi = inspecting();
        complete(task(pi), withVariables("inspectRepairOutcome", "pass"));
        complete(task(pi), withVariables("checkRepairReportOutcome", "approve"));

        complete(task(pi), withVariables("decideRepairOutcome", "reject"));

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Task_rejectRepair")
                .hasNotPassed("Task_approveRepair");
    }

    @Test
    void extensionReturnsToTheRectificationPeriod() throws Exception {
        ProcessInstance pi = inspecting();

        complete(task(pi), withVariables("inspectRepairOutcome", "extend", "inspectRepairExtendMonths", "2"));

        verify(delegate("extendRectification")).execute(any());
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt("Event_rectified");
    }

    @Test
    void newDishonestyRecordBeforeAcceptanceEndsTheRepairAsFailed() throws Exception {
        ProcessInstance pi = accepted();

        runtimeService().createMessageCorrelation("RepairNewViolationRecorded").processInstanceBusinessKey(KEY)
                .setVariable("newViolationCaseId", "77").correlate();

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassed("Task_failRepair", "End_failed").hasNotPassed("inspectRepair");
        verify(delegate("failRepairForNewViolation")).execute(any());
    }

    @Test
    void reviewTaskIsDueAtTheEndOfTheReviewPeriod() {
        ProcessInstance pi = start();

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt("reviewRepair");
        assertThat(task(pi).getDueDate()).isEqualTo(deadlines.dueAt(executionOf(pi), "REPAIR_REVIEW"));
        assertThat(deadlines.opened).containsExactly("REPAIR_REVIEW");
    }

    @Test
    void noInspectionBeforeTheRectificationTimerIsDue() throws Exception {
        ProcessInstance pi = accepted();

        moveClock(Duration.ofDays(91));

        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).executable().count())
                .as("the timer is not due one day before the period ends").isZero();
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt("Event_rectified");
        verify(delegate("startRepairInspection"), never()).execute(any());
        assertThat(deadlines.met).doesNotContain("RECTIFICATION");
    }

    @Test
    void extendedRectificationWaitsForItsNewEndThenInspectionMayPass() throws Exception {
        ProcessInstance pi = inspecting();
        doAnswer(invocation -> {
            deadlines.length("RECTIFICATION", Duration.ofDays(61));
            deadlines.open(invocation.getArgument(0), "RECTIFICATION");
            return null;
        }).when(delegate("extendRectification")).execute(any());

        complete(task(pi), withVariables("inspectRepairOutcome", "extend", "inspectRepairExtendMonths", "2"));
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(job(pi))
                .hasDueDate(deadlines.dueAt(executionOf(pi), "RECTIFICATION"));
        moveClock(Duration.ofDays(60));
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).executable().count()).isZero();
        moveClock(Duration.ofDays(2));
        execute(job(pi));

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt("inspectRepair");
        verify(delegate("startRepairInspection"), times(2)).execute(any());
        assertThat(deadlines.met).containsExactly("REPAIR_REVIEW", "RECTIFICATION", "REPAIR_INSPECTION", "RECTIFICATION");
        complete(task(pi), withVariables("inspectRepairOutcome", "pass"));
        complete(task(pi), withVariables("checkRepairReportOutcome", "approve"));
        complete(task(pi), withVariables("decideRepairOutcome", "approve"));
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded().hasPassed("End_repaired");
    }

    @Test
    void newDishonestyRecordDuringTheReviewEndsTheRepairAsFailed() throws Exception {
        ProcessInstance pi = start();

        newViolation();

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassed("End_failed").hasNotPassed("Task_acceptRepair", "Task_refuseRepair");
        verify(delegate("failRepairForNewViolation")).execute(any());
        assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void newDishonestyRecordDuringTheInspectionEndsTheRepairAsFailed() throws Exception {
        ProcessInstance pi = inspecting();

        newViolation();

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassed("End_failed").hasNotPassed("Task_issueReport", "Task_rejectRepair");
        verify(delegate("failRepairForNewViolation")).execute(any());
    }

    /**
     * Issue 13 item 4: who decides is the rule set's value. Under the national set (national-2026, 国办发〔2025〕22号
     * 谁认定、谁修复) the identifying department's head decides on its own inspection; the credit office and the leading
     * group have no task.
     */
    @Test
    void identifyingDepartmentDecidesRepairUnderNationalRules() throws Exception {
        ProcessInstance pi = inspecting("national-2026");
        complete(task(pi), withVariables("inspectRepairOutcome", "pass"));

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt("decideRepairByDepartment")
                .hasNotPassed("checkRepairReport");
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(task(pi))
                .hasCandidateGroup("dept-amr-head").hasDueDate(deadlines.dueAt(executionOf(pi), "REPAIR_DECISION"));
        complete(task(pi), withVariables("decideRepairByDepartmentOutcome", "approve"));

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassed("Task_approveRepair", "End_repaired").hasNotPassed("decideRepair", "checkRepairReport");
        verify(delegate("approveRepair")).execute(any());
    }

    @Test
    void identifyingDepartmentRejectionUnderNationalRulesEndsTheRepair() throws Exception {
        ProcessInstance pi = inspecting("national-2026");
        complete(task(pi), withVariables("inspectRepairOutcome", "pass"));

        complete(task(pi), withVariables("decideRepairByDepartmentOutcome", "reject"));

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassed("Task_rejectRepair", "End_rejected").hasNotPassed("Task_approveRepair");
        verify(delegate("rejectRepair")).execute(any());
    }

    /**
     * Issue 13 item 10: every task of the repair has its due date from the rule set and a reminder before it
     * (reminderLead per deadline kind); the reminder tells the task's groups and leaves the task open.
     */
    @Test
    void everyRepairTaskIsDueAndRemindedBeforeItsDeadline() throws Exception {
        ProcessInstance pi = start();
        remindAndStay(pi, "reviewRepair", "REPAIR_REVIEW");
        complete(task(pi), withVariables("reviewRepairOutcome", "accept"));
        moveClock(Duration.ofDays(93));
        execute(job(pi));
        remindAndStay(pi, "inspectRepair", "REPAIR_INSPECTION");
        complete(task(pi), withVariables("inspectRepairOutcome", "pass"));
        remindAndStay(pi, "checkRepairReport", "REPAIR_REPORT_CHECK");
        complete(task(pi), withVariables("checkRepairReportOutcome", "approve"));
        remindAndStay(pi, "decideRepair", "REPAIR_DECISION");
        complete(task(pi), withVariables("decideRepairOutcome", "approve"));

        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isEnded().hasPassed("End_repaired");
        assertThat(deadlines.met).contains("REPAIR_REVIEW", "REPAIR_INSPECTION", "REPAIR_REPORT_CHECK",
                "REPAIR_DECISION");
    }

    @Test
    void departmentsRepairDecisionIsRemindedToo() throws Exception {
        ProcessInstance pi = inspecting("national-2026");
        complete(task(pi), withVariables("inspectRepairOutcome", "pass"));

        remindAndStay(pi, "decideRepairByDepartment", "REPAIR_DECISION");
    }

    private void remindAndStay(ProcessInstance pi, String taskKey, String kind) {
        rules.remindAndStay(pi, taskKey, kind, deadlines);
    }

    private void newViolation() {
        runtimeService().createMessageCorrelation("RepairNewViolationRecorded").processInstanceBusinessKey(KEY)
                .setVariable("newViolationCaseId", "78").correlate();
    }

    private ProcessInstance start() {
        return start("seeds-default");
    }

    private ProcessInstance start(String ruleSetId) {
        return runtimeService().startProcessInstanceByKey("credit-repair", KEY, Map.of("caseId", "4", "caseType",
                "REPAIR", "ruleSetId", ruleSetId, "departmentCode", "amr", "subjectCode",
                "91410526MA3X00004Y", "listingId", "2", "listingCaseId", "3"));
    }

    private ProcessInstance accepted() throws Exception {
        return accepted("seeds-default");
    }

    private ProcessInstance accepted(String ruleSetId) throws Exception {
        ProcessInstance pi = start(ruleSetId);
        complete(task(pi), withVariables("reviewRepairOutcome", "accept"));
        verify(delegate("acceptRepair")).execute(any());
        return pi;
    }

    private ProcessInstance inspecting() throws Exception {
        return inspecting("seeds-default");
    }

    private ProcessInstance inspecting(String ruleSetId) throws Exception {
        ProcessInstance pi = accepted(ruleSetId);
        moveClock(Duration.ofDays(93));
        execute(job(pi));
        return pi;
    }

    private org.camunda.bpm.engine.delegate.DelegateExecution executionOf(ProcessInstance pi) {
        var execution = mock(org.camunda.bpm.engine.delegate.DelegateExecution.class);
        org.mockito.Mockito.when(execution.getProcessInstanceId()).thenReturn(pi.getId());
        return execution;
    }

    private JavaDelegate delegate(String name) {
        return delegates.get(name);
    }

    private static void moveClock(Duration by) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + by.toMillis()));
    }
}
