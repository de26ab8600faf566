package org.xinyong.workflow.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * processes/severity.dmn: severity classes and escalation of seed003 §二(一) and §二(四)1. The counts passed are the
 * subject's EARLIER records within a year; "一年内有3次(含)以上" counts this one too, so the third record escalates.
 */
@Deployment(resources = "processes/severity.dmn")
class SeverityDecisionTest {

    /** seed003 §二(一)2 "3次(含)以上", as xinyong.listing.escalation-record-count configures it. */
    private static final int THREE_INCLUDED = 3;

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-engine-test.cfg.xml").build();

    @Test
    void secondMinorRecordWithinAYearStaysMinor() {
        assertThat(decide("MINOR", 1, 0, false, false)).isEqualTo("MINOR");
    }

    @Test
    void thirdMinorRecordEscalates() {
        assertThat(decide("MINOR", 2, 0, false, false)).as("two earlier + this one = 3次(含)").isEqualTo("GENERAL");
        assertThat(decide("MINOR", 5, 0, false, false)).as("以上").isEqualTo("GENERAL");
    }

    @Test
    void ignoredReminderRaisesMinorToGeneralUnderSection4Item1() {
        assertThat(decide("MINOR", 0, 0, false, true)).isEqualTo("GENERAL");
    }

    @Test
    void thirdGeneralRecordIsSerious() {
        assertThat(decide("GENERAL", 0, 2, false, false)).as("two earlier + this one").isEqualTo("SERIOUS");
        assertThat(decide("GENERAL", 0, 1, false, false)).as("the second").isEqualTo("GENERAL");
    }

    @Test
    void minorRecordEscalatedToGeneralIsSeriousWhenItIsTheThirdGeneralRecord() {
        assertThat(decide("MINOR", 2, 2, false, false)).isEqualTo("SERIOUS");
        assertThat(decide("MINOR", 0, 2, false, true)).isEqualTo("SERIOUS");
        assertThat(decide("MINOR", 0, 2, false, false)).as("not escalated: general records do not count")
                .isEqualTo("MINOR");
        assertThat(decide("MINOR", 2, 1, false, false)).as("escalated, but only the second general")
                .isEqualTo("GENERAL");
    }

    @Test
    void thresholdComesFromTheConfiguredCount() {
        assertThat(decide("MINOR", 2, 0, false, false, 4)).as("a stricter local count of 4").isEqualTo("MINOR");
        assertThat(decide("MINOR", 3, 0, false, false, 4)).isEqualTo("GENERAL");
    }

    @Test
    void legalRepresentativesSeriousRecordCountsAsSeriousForTheEnterprise() {
        assertThat(decide("MINOR", 0, 0, true, false)).isEqualTo("SERIOUS");
    }

    @Test
    void seriousRecordStaysSerious() {
        assertThat(decide("SERIOUS", 0, 0, false, false)).isEqualTo("SERIOUS");
    }

    private String decide(String proposed, int earlierMinor, int earlierGeneral, boolean legalRep,
                          boolean ignoredReminder) {
        return decide(proposed, earlierMinor, earlierGeneral, legalRep, ignoredReminder, THREE_INCLUDED);
    }

    private String decide(String proposed, int earlierMinor, int earlierGeneral, boolean legalRep,
                          boolean ignoredReminder, int escalationRecordCount) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("escalationRecordCount", escalationRecordCount);
        variables.put("proposedSeverity", proposed);
        variables.put("minorRecordsInYear", earlierMinor);
        variables.put("generalRecordsInYear", earlierGeneral);
        variables.put("legalRepresentativeSerious", legalRep);
        variables.put("ignoredCreditReminder", ignoredReminder);
        return engine.getDecisionService().evaluateDecisionTableByKey("severity", variables)
                .getSingleEntry();
    }
}
