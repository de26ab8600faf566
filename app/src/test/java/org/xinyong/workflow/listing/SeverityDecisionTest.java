package org.xinyong.workflow.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** processes/severity.dmn: severity classes and escalation of seed003 §二(一) and §二(二)1. */
@Deployment(resources = "processes/severity.dmn")
class SeverityDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-engine-test.cfg.xml").build();

    @Test
    void minorRecordStaysMinorBelowThreeEarlierMinorRecords() {
        assertThat(decide("MINOR", 2, 0, false, false)).isEqualTo("MINOR");
    }

    @Test
    void threeMinorRecordsWithinAYearMakeTheNextOneGeneral() {
        assertThat(decide("MINOR", 3, 0, false, false)).isEqualTo("GENERAL");
    }

    @Test
    void ignoringACreditReminderRaisesMinorToGeneral() {
        assertThat(decide("MINOR", 0, 0, false, true)).isEqualTo("GENERAL");
    }

    @Test
    void threeGeneralRecordsWithinAYearMakeTheNextGeneralOneSerious() {
        assertThat(decide("GENERAL", 0, 3, false, false)).isEqualTo("SERIOUS");
        assertThat(decide("GENERAL", 0, 2, false, false)).isEqualTo("GENERAL");
    }

    @Test
    void minorRecordEscalatedToGeneralBecomesSeriousAfterThreeGeneralRecords() {
        assertThat(decide("MINOR", 3, 3, false, false)).isEqualTo("SERIOUS");
        assertThat(decide("MINOR", 0, 3, false, true)).isEqualTo("SERIOUS");
        assertThat(decide("MINOR", 0, 3, false, false)).isEqualTo("MINOR");
    }

    @Test
    void legalRepresentativesSeriousRecordCountsAsSeriousForTheEnterprise() {
        assertThat(decide("MINOR", 0, 0, true, false)).isEqualTo("SERIOUS");
    }

    @Test
    void seriousRecordStaysSerious() {
        assertThat(decide("SERIOUS", 0, 0, false, false)).isEqualTo("SERIOUS");
    }

    private String decide(String proposed, int minor, int general, boolean legalRep, boolean ignoredReminder) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("proposedSeverity", proposed);
        variables.put("minorRecordsInYear", minor);
        variables.put("generalRecordsInYear", general);
        variables.put("legalRepresentativeSerious", legalRep);
        variables.put("ignoredCreditReminder", ignoredReminder);
        return engine.getDecisionService().evaluateDecisionTableByKey("severity", variables)
                .getSingleEntry();
    }
}
