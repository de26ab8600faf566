package org.xinyong.workflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.calendar.CalendarProperties;

class RuleSetsTest {

    private static final String NATIONAL = "data/rulesets/national-2026.json";
    private static final String SUCCESSOR = "rules/national-2027-successor.json";

    private final RuleSetRepository repository = mock(RuleSetRepository.class);
    private final BusinessClock clock = new BusinessClock(new CalendarProperties(ZoneId.of("Asia/Shanghai")));

    private RuleSets following(String series, String... files) {
        List<StoredRuleSet> rows = java.util.Arrays.stream(files)
                .map(file -> new StoredRuleSet(RuleSetFiles.parse(file).id(), RuleSetFiles.text(file)))
                .toList();
        when(repository.ofSeries(series)).thenReturn(rows);
        when(repository.editionsOf(series)).thenReturn(java.util.Arrays.stream(files).map(RuleSetFiles::parse)
                .map(set -> new RuleSetRepository.Edition(set.id(), set.effectiveFrom())).toList());
        when(repository.contentOf(anyString())).thenReturn(Optional.empty());
        rows.forEach(row -> when(repository.contentOf(row.id())).thenReturn(Optional.of(row.content())));
        return new RuleSets(repository, new RulesProperties(series, "classpath:none/*.json"), clock);
    }

    @Test
    void nationalSetIsNotInForceTheDayBeforeItsEffectiveDate() {
        RuleSets ruleSets = following("national", NATIONAL);

        assertThatThrownBy(() -> ruleSets.inForceOn(LocalDate.of(2026, 3, 31)))
                .isInstanceOf(NoRuleSetInForceException.class)
                .hasMessageContaining("national").hasMessageContaining("2026-03-31");
        assertThat(ruleSets.inForceOn(LocalDate.of(2026, 4, 1)).id()).isEqualTo("national-2026");
    }

    @Test
    void successorSetTakesOverOnItsEffectiveDate() {
        RuleSets ruleSets = following("national", NATIONAL, SUCCESSOR);

        assertThat(ruleSets.inForceOn(LocalDate.of(2026, 12, 31)).id()).isEqualTo("national-2026");
        RuleSet successor = ruleSets.inForceOn(LocalDate.of(2027, 1, 1));
        assertThat(successor.id()).isEqualTo("national-2027-successor");
        assertThat(successor.objectionVerification().duration())
                .isEqualTo(LegalDuration.of(15, DurationUnit.WORKING_DAYS));
    }

    @Test
    void caseKeepsTheSetItStartedUnderById() {
        RuleSets ruleSets = following("national", NATIONAL, SUCCESSOR);

        String startedUnder = ruleSets.inForceOn(LocalDate.of(2026, 6, 1)).id();

        assertThat(ruleSets.byId(startedUnder).objectionVerification().duration())
                .isEqualTo(LegalDuration.of(20, DurationUnit.CALENDAR_DAYS));
    }

    @Test
    void unknownIdIsRefusedClearly() {
        RuleSets ruleSets = following("national", NATIONAL);

        assertThatThrownBy(() -> ruleSets.byId("county-1999"))
                .isInstanceOf(UnknownRuleSetException.class).hasMessageContaining("county-1999");
    }
}
