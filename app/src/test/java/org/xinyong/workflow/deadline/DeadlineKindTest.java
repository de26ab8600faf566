package org.xinyong.workflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.xinyong.workflow.rules.DurationUnit;
import org.xinyong.workflow.rules.LegalDuration;
import org.xinyong.workflow.rules.RuleSet;
import org.xinyong.workflow.rules.RuleSetParser;
import org.xinyong.workflow.rules.Severity;

class DeadlineKindTest {

    private static RuleSet national() throws IOException {
        try (InputStream in = DeadlineKindTest.class.getClassLoader()
                .getResourceAsStream("data/rulesets/national-2026.json")) {
            return RuleSetParser.parse("national-2026.json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void publicationPeriodComesFromTheListingsSeverity() throws IOException {
        RuleSet national = national();

        assertThat(DeadlineKind.PUBLICATION.valueIn(national, Severity.GENERAL).duration())
                .isEqualTo(LegalDuration.of(1, DurationUnit.YEARS));
        assertThat(DeadlineKind.MINIMUM_PUBLICATION.valueIn(national, Severity.SERIOUS).duration())
                .isEqualTo(LegalDuration.of(1, DurationUnit.YEARS));
        assertThatThrownBy(() -> DeadlineKind.PUBLICATION.valueIn(national, null))
                .hasMessageContaining("severity");
    }

    @Test
    void timeLimitsForActsMoveOffRestDaysButPeriodsOfStatusDoNot() throws IOException {
        assertThat(DeadlineKind.OBJECTION_VERIFICATION.isTimeLimitForAct()).isTrue();
        assertThat(DeadlineKind.STATEMENT_WINDOW.isTimeLimitForAct()).isTrue();
        assertThat(DeadlineKind.PUBLICATION.isTimeLimitForAct()).isFalse();
        assertThat(DeadlineKind.RECTIFICATION.isTimeLimitForAct()).isFalse();
        assertThat(DeadlineKind.RECTIFICATION.valueIn(national(), null).source()).contains("seed003");
    }
}
