package org.xinyong.workflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class RuleSetParserTest {

    private static final String SEEDS = "data/rulesets/seeds-default.json";
    private static final String NATIONAL = "data/rulesets/national-2026.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void seedsSetCarriesTheSeedsNumbersWithTheirSources() {
        RuleSet seeds = RuleSetFiles.parse(SEEDS);

        assertThat(seeds.id()).isEqualTo("seeds-default");
        assertThat(seeds.series()).isEqualTo("default");
        assertThat(seeds.repairDecidingBody().body()).isEqualTo(DecidingBody.LEADING_GROUP);
        assertThat(seeds.repairDecidingBody().source()).contains("seed003 §二(五)3");
        assertThat(seeds.publicationLimit().duration()).isEqualTo(LegalDuration.of(7, DurationUnit.WORKING_DAYS));
        assertThat(seeds.publicationLimit().source()).contains("seed004 §三(三)3");
        assertThat(seeds.escalationRecordCount().amount()).isEqualTo(3);
        assertThat(seeds.escalationWindow().duration()).isEqualTo(LegalDuration.of(12, DurationUnit.MONTHS));
        assertThat(seeds.evidenceRequestsPerObjection().amount()).isEqualTo(1);
        assertThat(seeds.evidenceReplyLimit().duration()).isEqualTo(LegalDuration.of(10, DurationUnit.WORKING_DAYS));
        assertThat(seeds.reminderLead("OBJECTION_VERIFICATION").duration())
                .isEqualTo(LegalDuration.of(5, DurationUnit.CALENDAR_DAYS));
        assertThat(seeds.publicationPeriod(Severity.GENERAL).source()).as("no anachronistic citation of the 2026 rules")
                .doesNotStartWith("The seeds fix no value for general information; national value used");
        assertThat(seeds.objectionVerification().duration()).isEqualTo(LegalDuration.of(20, DurationUnit.CALENDAR_DAYS));
        assertThat(seeds.objectionVerification().source()).contains("seed000 §五(五)");
        assertThat(seeds.statementWindow().duration()).isEqualTo(LegalDuration.of(10, DurationUnit.WORKING_DAYS));
        assertThat(seeds.objectionAcceptance().duration()).isEqualTo(LegalDuration.of(2, DurationUnit.WORKING_DAYS));
        assertThat(seeds.minimumRectification().duration()).isEqualTo(LegalDuration.of(3, DurationUnit.MONTHS));
        assertThat(seeds.minimumRectification().source()).contains("seed003 §二(五)2");
        assertThat(seeds.publicationPeriod(Severity.SERIOUS).duration()).isEqualTo(LegalDuration.of(3, DurationUnit.YEARS));
        assertThat(seeds.minimumPublicationPeriod(Severity.SERIOUS).duration())
                .isEqualTo(LegalDuration.of(1, DurationUnit.YEARS));
        assertThat(seeds.isNonRepairable("STATUTORY_NON_REPAIRABLE")).isTrue();
        assertThat(seeds.isNonRepairable("ADMINISTRATIVE_PENALTY")).isFalse();
    }

    @Test
    void nationalSetTakesEffectOnApril1st2026WithPublicationPeriodsBySeverity() {
        RuleSet national = RuleSetFiles.parse(NATIONAL);

        assertThat(national.effectiveFrom()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(national.publicationPeriod(Severity.MINOR).duration()).isEqualTo(LegalDuration.of(3, DurationUnit.MONTHS));
        assertThat(national.publicationPeriod(Severity.GENERAL).duration()).isEqualTo(LegalDuration.of(1, DurationUnit.YEARS));
        assertThat(national.minimumPublicationPeriod(Severity.GENERAL).duration())
                .isEqualTo(LegalDuration.of(3, DurationUnit.MONTHS));
        assertThat(national.minimumPublicationPeriod(Severity.MINOR).duration().amount()).isZero();
        assertThat(national.publicationPeriod(Severity.SERIOUS).source()).contains("第36号");
        assertThat(national.series()).as("one chain with the seeds' set").isEqualTo(RuleSetFiles.parse(SEEDS).series());
        assertThat(national.repairDecidingBody().body()).as("谁认定、谁修复")
                .isEqualTo(DecidingBody.IDENTIFYING_DEPARTMENT);
        assertThat(national.repairDecidingBody().source()).contains("国办发〔2025〕22号");
    }

    @Test
    void unknownDecidingBodyIsRefused() {
        assertThatThrownBy(() -> parseChanged(values -> ((ObjectNode) values.get("repairDecidingBody"))
                .put("body", "MAYOR")))
                .hasMessageContaining("values.repairDecidingBody.body").hasMessageContaining("MAYOR");
    }

    @Test
    void reminderLeadIsKeyedByDeadlineKindAndAMissingOneIsNamed() {
        assertThatThrownBy(() -> parseChanged(values -> ((ObjectNode) values.get("reminderLead"))
                .putObject("not-a-kind").put("amount", 1).put("unit", "WORKING_DAYS").put("source", "x")))
                .hasMessageContaining("values.reminderLead.not-a-kind");
        RuleSet seeds = RuleSetFiles.parse(SEEDS);
        assertThatThrownBy(() -> seeds.reminderLead("NO_SUCH_KIND"))
                .hasMessageContaining("seeds-default").hasMessageContaining("reminderLead.NO_SUCH_KIND");
    }

    @Test
    void missingUnitIsReportedWithFileAndField() {
        assertThatThrownBy(() -> RuleSetFiles.parse("rules/missing-unit.json"))
                .isInstanceOf(RuleSetValidationException.class)
                .hasMessageContaining("rules/missing-unit.json")
                .hasMessageContaining("values.objectionVerification.unit");
    }

    @Test
    void unknownUnitIsRefused() {
        assertThatThrownBy(() -> parseChanged(values -> ((ObjectNode) values.get("repairReview")).put("unit", "WEEKS")))
                .hasMessageContaining("values.repairReview.unit").hasMessageContaining("WEEKS");
    }

    @Test
    void zeroLengthTimeLimitIsRefused() {
        assertThatThrownBy(() -> parseChanged(values -> ((ObjectNode) values.get("objectionVerification")).put("amount", 0)))
                .hasMessageContaining("values.objectionVerification.amount").hasMessageContaining("at least 1");
    }

    @Test
    void everySeverityNeedsAPublicationPeriod() {
        assertThatThrownBy(() -> parseChanged(values -> ((ObjectNode) values.get("publicationPeriod")).remove("GENERAL")))
                .hasMessageContaining("values.publicationPeriod.GENERAL");
    }

    @Test
    void minimumPublicationPeriodCannotExceedThePublicationPeriod() {
        assertThatThrownBy(() -> parseChanged(values -> ((ObjectNode) values.get("minimumPublicationPeriod").get("SERIOUS"))
                .put("amount", 4)))
                .hasMessageContaining("values.minimumPublicationPeriod.SERIOUS").hasMessageContaining("longer");
    }

    @Test
    void everyValueNeedsItsSource() {
        assertThatThrownBy(() -> parseChanged(values -> ((ObjectNode) values.get("statementReply")).remove("source")))
                .hasMessageContaining("values.statementReply.source");
    }

    @Test
    void misspelledValueIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> parseChanged(values -> ((ObjectNode) values).set("objectionVerifcation",
                values.get("objectionVerification"))))
                .hasMessageContaining("values.objectionVerifcation").hasMessageContaining("unknown");
    }

    @Test
    void effectiveDateMustBeADate() {
        assertThatThrownBy(() -> parseDocumentChanged(root -> root.put("effectiveFrom", "1 April 2026")))
                .hasMessageContaining("effectiveFrom");
    }

    @Test
    void brokenJsonNamesTheFile() {
        assertThatThrownBy(() -> RuleSetParser.parse("data/rulesets/broken.json", "{ \"id\": "))
                .hasMessageContaining("data/rulesets/broken.json").hasMessageContaining("not valid JSON");
    }

    private static RuleSet parseChanged(Consumer<com.fasterxml.jackson.databind.JsonNode> change) {
        return parseDocumentChanged(root -> change.accept(root.get("values")));
    }

    private static RuleSet parseDocumentChanged(Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(RuleSetFiles.text(SEEDS));
            change.accept(root);
            return RuleSetParser.parse("changed.json", JSON.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
