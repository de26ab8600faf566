package org.xinyong.workflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ShippedRuleSetsIT {

    @Autowired JdbcClient jdbc;
    @Autowired RuleSets ruleSets;

    @Test
    void shippedRuleSetsAreInstalledOnceAndNeverReplaced() {
        assertThat(ruleSets.all()).extracting(RuleSet::id).contains("seeds-default", "national-2026");
        String storedBefore = content("national-2026");

        assertThat(ruleSets.installShipped()).as("both ids exist: nothing is installed again").isEmpty();

        assertThat(content("national-2026")).isEqualTo(storedBefore);
        assertThat(jdbc.sql("select count(*) from rule_set where id in ('seeds-default', 'national-2026')")
                .query(Long.class).single()).isEqualTo(2);
    }

    /** Issue 13 item 9: one chain that the deployment follows by date; a case keeps the set of its record's day. */
    @Test
    void defaultChainIsTheSeedsSetThenTheNationalSetFromApril2026() {
        assertThat(ruleSets.series()).isEqualTo("default");
        assertThat(ruleSets.inForceOn(LocalDate.of(2026, 3, 31)).id()).isEqualTo("seeds-default");
        assertThat(ruleSets.inForceOn(LocalDate.of(2026, 4, 1)).id()).isEqualTo("national-2026");
        assertThat(ruleSets.inForceOn(LocalDate.of(2019, 6, 1)).repairDecidingBody().body())
                .isEqualTo(DecidingBody.LEADING_GROUP);
        assertThat(ruleSets.inForceOn(LocalDate.of(2026, 6, 1)).repairDecidingBody().body())
                .isEqualTo(DecidingBody.IDENTIFYING_DEPARTMENT);
    }

    @Test
    void aStoredRuleSetIsNeverEditedInPlace() {
        String national = content("national-2026");

        assertThatThrownBy(() -> ruleSets.add("admin page", national))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("never edited in place");
    }

    private String content(String id) {
        return jdbc.sql("select content from rule_set where id = :id").param("id", id).query(String.class).single();
    }
}
