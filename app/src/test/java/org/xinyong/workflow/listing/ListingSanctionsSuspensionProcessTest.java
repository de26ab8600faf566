package org.xinyong.workflow.listing;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.xinyong.workflow.engine.testing.FakeDeadlines;

/** The listing process hears of objections: suspend and resume without leaving its active state; expiry still ends it. */
@Deployment(resources = "processes/listing-identification.bpmn")
class ListingSanctionsSuspensionProcessTest {

    private static final String KEY = "LISTING-9";

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-engine-test.cfg.xml").build();

    private final FakeDeadlines deadlines = new FakeDeadlines()
            .length("STATEMENT_WINDOW", Duration.ofDays(14))
            .length("PUBLICATION", Duration.ofDays(365))
            .length("MINIMUM_PUBLICATION", Duration.ofDays(100));
    private final JavaDelegate suspend = mock(JavaDelegate.class);
    private final JavaDelegate resume = mock(JavaDelegate.class);
    private final JavaDelegate removeOnExpiry = mock(JavaDelegate.class);

    @BeforeEach
    void registerBeans() {
        init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(new Date(1_767_225_600_000L));
        Mocks.register("deadlines", deadlines);
        for (String name : List.of("deliverListingNotice", "issueListingDecision", "activateListing",
                "removeListingAfterRepair", "revokeListing", "closeCaseNotListed")) {
            Mocks.register(name, mock(JavaDelegate.class));
        }
        Mocks.register("suspendListingSanctions", suspend);
        Mocks.register("resumeListingSanctions", resume);
        Mocks.register("removeListingOnExpiry", removeOnExpiry);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void objectionSuspendsAndThenResumesTheSanctionsWhileTheListingStaysActive() throws Exception {
        ProcessInstance pi = published();

        runtimeService().createMessageCorrelation("ListingSuspended").processInstanceBusinessKey(KEY).correlate();
        verify(suspend).execute(any());
        assertThat(pi).isWaitingAt("Gateway_listed");
        runtimeService().createMessageCorrelation("ListingResumed").processInstanceBusinessKey(KEY).correlate();

        verify(resume).execute(any());
        assertThat(pi).isWaitingAt("Gateway_listed").hasPassed("End_suspended", "End_resumed");
    }

    @Test
    void listingThatExpiresWhileUnderObjectionEndsCleanly() throws Exception {
        ProcessInstance pi = published();
        runtimeService().createMessageCorrelation("ListingSuspended").processInstanceBusinessKey(KEY).correlate();

        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(400).toMillis()));
        execute(job(pi));

        verify(removeOnExpiry).execute(any());
        assertThat(pi).isEnded().hasPassed("End_expired");
    }

    private ProcessInstance published() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey("listing-identification", KEY, Map.of(
                "caseId", "9", "caseType", "LISTING", "ruleSetId", "seeds-default", "departmentCode", "amr",
                "subjectCode", "91230400MA19XY0035", "severity", "SERIOUS"));
        complete(task(pi), withVariables("reviewByHeadOutcome", "approve"));
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(15).toMillis()));
        execute(job(pi));
        complete(task(pi), withVariables("publishListingOutcome", "publish"));
        assertThat(pi).isWaitingAt("Gateway_listed");
        return pi;
    }
}
