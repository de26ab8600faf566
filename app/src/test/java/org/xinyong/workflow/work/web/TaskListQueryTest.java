package org.xinyong.workflow.work.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.xinyong.workflow.cases.CaseType;

class TaskListQueryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void dueWithinCountsFromTodayAndAnExplicitDayWins() {
        assertThat(new TaskListQuery(null, 7, null, 1).lastDayLimit(TODAY)).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(new TaskListQuery(null, 7, LocalDate.of(2026, 3, 12), 1).lastDayLimit(TODAY))
                .isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(new TaskListQuery(null, null, null, 1).lastDayLimit(TODAY)).isNull();
    }

    @Test
    void valuesOutOfRangeAreBroughtIntoRange() {
        TaskListQuery query = new TaskListQuery(null, -3, null, -1);

        assertThat(query.dueWithin()).isZero();
        assertThat(query.page()).isEqualTo(1);
        assertThat(new TaskListQuery(null, 100_000, null, 1).dueWithin()).isEqualTo(TaskListQuery.MAX_DUE_WITHIN);
    }

    @Test
    void pageLinksKeepTheFilters() {
        TaskListQuery query = new TaskListQuery(CaseType.LISTING, 7, LocalDate.of(2026, 3, 12), 2);

        assertThat(query.link(3)).isEqualTo("/work?caseType=LISTING&dueWithin=7&dueBefore=2026-03-12&page=3");
        assertThat(query.link(1)).isEqualTo("/work?caseType=LISTING&dueWithin=7&dueBefore=2026-03-12");
        assertThat(query.self()).endsWith("page=2");
        assertThat(new TaskListQuery(null, null, null, 1).link(1)).isEqualTo("/work");
        assertThat(query.isFiltered()).isTrue();
        assertThat(new TaskListQuery(null, null, null, 4).isFiltered()).isFalse();
    }

    @Test
    void valuesThatCannotBeReadAreLeftOutAndNamed() {
        TaskListQuery.Parsed parsed = TaskListQuery.parse("NOPE", "abc", "2026-02-30", "x");

        assertThat(parsed.invalid()).containsExactly(java.util.Map.entry("caseType", "NOPE"),
                java.util.Map.entry("dueWithin", "abc"), java.util.Map.entry("dueBefore", "2026-02-30"));
        assertThat(parsed.query().isFiltered()).isFalse();
        assertThat(parsed.query().page()).isEqualTo(1);
    }

    @Test
    void readableValuesAreParsed() {
        TaskListQuery.Parsed parsed = TaskListQuery.parse("REPAIR", " 7 ", "2026-03-12", "2");

        assertThat(parsed.invalid()).isEmpty();
        assertThat(parsed.query()).isEqualTo(new TaskListQuery(CaseType.REPAIR, 7, LocalDate.of(2026, 3, 12), 2));
        assertThat(TaskListQuery.parse("", "", null, null).query()).isEqualTo(new TaskListQuery(null, null, null, 1));
    }

    @Test
    void claimReturnsOnlyToWorkspacePaths() {
        assertThat(TaskListController.safeReturn("/work?caseType=LISTING&page=2")).isEqualTo("/work?caseType=LISTING&page=2");
        assertThat(TaskListController.safeReturn("https://evil.example/work")).isEqualTo("/work");
        assertThat(TaskListController.safeReturn("//evil.example/work")).isEqualTo("/work");
        assertThat(TaskListController.safeReturn("/work//evil.example")).isEqualTo("/work");
        assertThat(TaskListController.safeReturn("/admin")).isEqualTo("/work");
        assertThat(TaskListController.safeReturn(null)).isEqualTo("/work");
    }
}
