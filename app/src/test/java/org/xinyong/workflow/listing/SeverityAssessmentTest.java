package org.xinyong.workflow.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.calendar.CalendarProperties;
import org.xinyong.workflow.rules.RuleSet;
import org.xinyong.workflow.rules.Severity;
import org.xinyong.workflow.support.ShippedRuleSets;

/**
 * Severity assessment with the deployed escalation table (seed003 §二(一)): the inputs it counts, the result, the
 * version it was decided by, and a redeployed table taking effect.
 */
@Deployment(resources = "processes/severity.dmn")
class SeverityAssessmentTest {

    private static final String SUBJECT = "91230400MA19XY0035";

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-engine-test.cfg.xml").build();

    private final ListingCaseRepository cases = mock(ListingCaseRepository.class);
    private static final RuleSet SEEDS = ShippedRuleSets.seeds();
    private SeverityAssessment assessment;

    @BeforeEach
    void setUp() {
        ProcessEngine processEngine = engine.getProcessEngine();
        JdbcClient jdbc = JdbcClient.create(
                ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDataSource());
        assessment = new SeverityAssessment(processEngine, jdbc, cases,
                new BusinessClock(new CalendarProperties(ZoneId.of("Asia/Shanghai"), null)));
    }

    @Test
    void threeEarlierMinorRecordsMakeTheNextOneGeneralAndTheAssessmentKeepsItsInputs() {
        givenEarlierRecords(3, 0);

        SeverityAssessment.Assessment decided = assessment.assess(SEEDS, SUBJECT, Severity.MINOR, false, false);

        assertThat(decided.severity()).isEqualTo(Severity.GENERAL);
        assertThat(decided.escalated()).isTrue();
        assertThat(decided.decisionDefinitionId()).isEqualTo(latestDefinitionId());
        assertThat(decided.describe()).contains("severity GENERAL (escalated from MINOR)",
                "minor records in window 3", "general records in window 0", "legal representative serious false",
                "ignored credit reminder false");
        assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().count())
                .as("no decision history per case: the case's audit entry records the assessment").isZero();
    }

    @Test
    void legalRepresentativesSeriousRecordMakesItSerious() {
        givenEarlierRecords(0, 0);

        assertThat(assessment.assess(SEEDS, SUBJECT, Severity.MINOR, true, false).severity()).isEqualTo(Severity.SERIOUS);
        assertThat(assessment.assess(SEEDS, SUBJECT, Severity.MINOR, false, false).severity()).isEqualTo(Severity.MINOR);
    }

    @Test
    void theSameInputsAreEvaluatedOnceForATableVersionAndDecideTheSame() {
        givenEarlierRecords(3, 0);
        long before = evaluatedDecisions();

        SeverityAssessment.Assessment first = assessment.assess(SEEDS, SUBJECT, Severity.MINOR, false, false);
        long afterFirst = evaluatedDecisions();
        SeverityAssessment.Assessment second = assessment.assess(SEEDS, SUBJECT, Severity.MINOR, false, false);
        SeverityAssessment.Assessment other = assessment.assess(SEEDS, SUBJECT, Severity.GENERAL, false, false);

        assertThat(afterFirst).as("the first assessment evaluates the table").isEqualTo(before + 1);
        assertThat(second).isEqualTo(first);
        assertThat(other.severity()).as("other inputs are evaluated, not taken from the first")
                .isEqualTo(Severity.GENERAL);
        assertThat(evaluatedDecisions()).as("the repeated inputs were not evaluated again").isEqualTo(before + 2);
    }

    @Test
    void aRedeployedTableDecidesTheNextCase() throws IOException {
        givenEarlierRecords(1, 0);
        assertThat(assessment.assess(SEEDS, SUBJECT, Severity.MINOR, false, false).severity()).isEqualTo(Severity.MINOR);

        String stricter;
        try (InputStream table = getClass().getClassLoader().getResourceAsStream("processes/severity.dmn")) {
            stricter = new String(table.readAllBytes(), StandardCharsets.UTF_8).replace("&gt;= escalationRecordCount", "&gt;= 2");
        }
        String deployment = engine.getRepositoryService().createDeployment()
                .addString("severity.dmn", stricter).deploy().getId();
        try {
            SeverityAssessment.Assessment decided = assessment.assess(SEEDS, SUBJECT, Severity.MINOR, false, false);

            assertThat(decided.severity()).isEqualTo(Severity.GENERAL);
            assertThat(decided.decisionDefinitionId()).isEqualTo(latestDefinitionId());
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }

    private static long evaluatedDecisions() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngine().getProcessEngineConfiguration())
                .getMetricsRegistry().getDbMeterByName(Metrics.EXECUTED_DECISION_INSTANCES).get();
    }

    private void givenEarlierRecords(int minor, int general) {
        when(cases.countRecordsSince(eq(SUBJECT), any()))
                .thenReturn(new ListingCaseRepository.RecordCounts(minor, general));
    }

    private static String latestDefinitionId() {
        return engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey("severity")
                .latestVersion().singleResult().getId();
    }
}
