package org.xinyong.workflow.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xinyong.workflow.errors.InvalidFieldException;

/** The rules a task declares, as {@link CaseTasks#complete} applies them to a decision before anything happens. */
class CaseTasksRulesTest {

    static final TaskRules INSPECT = new TaskRules(List.of("pass", "fail", "extend"), Set.of("fail"),
            List.of(new TaskRules.OutcomeField("extend", "extendMonths", 1, 12)));

    @Test
    void outcomeThatMustStateItsReasonsIsRefusedWithoutThemNamingTheComment() {
        for (String blank : new String[] {null, "", "  \n\t "}) {
            assertThatThrownBy(() -> CaseTasks.check(INSPECT, "inspectRepair", "fail", blank, Map.of()))
                    .isInstanceOfSatisfying(InvalidFieldException.class, refused -> {
                        assertThat(refused.field()).isEqualTo("comment");
                        assertThat(refused.messageCode()).isEqualTo("task.reason.required");
                    });
        }
        assertThat(CaseTasks.check(INSPECT, "inspectRepair", "fail", "整改不到位", Map.of())).isEmpty();
        assertThat(CaseTasks.check(INSPECT, "inspectRepair", "pass", "", Map.of())).as("no reason needed").isEmpty();
    }

    @Test
    void outcomeNotOfferedIsRefusedNamingTheOutcome() {
        assertThatThrownBy(() -> CaseTasks.check(INSPECT, "inspectRepair", "approve", "x", Map.of()))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("outcome"));
        assertThatThrownBy(() -> CaseTasks.check(INSPECT, "inspectRepair", null, "x", Map.of()))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void declaredFieldIsRequiredWithinItsRangeAndHandedOnAsAWholeNumber() {
        for (Object months : new Object[] {null, 0, 13, 1.5, "两", "", -1}) {
            java.util.HashMap<String, Object> fields = new java.util.HashMap<>();
            fields.put("extendMonths", months);
            assertThatThrownBy(() -> CaseTasks.check(INSPECT, "inspectRepair", "extend", "", fields))
                    .as("months %s", months)
                    .isInstanceOfSatisfying(InvalidFieldException.class,
                            refused -> assertThat(refused.field()).isEqualTo("extendMonths"));
        }
        assertThat(CaseTasks.check(INSPECT, "inspectRepair", "extend", "", Map.of("extendMonths", " 12 ")))
                .containsEntry("extendMonths", 12);
        assertThat(CaseTasks.check(INSPECT, "inspectRepair", "extend", "", Map.of("extendMonths", 3.0)))
                .containsEntry("extendMonths", 3);
    }

    @Test
    void fieldOfAnotherOutcomeIsNotKept() {
        assertThat(CaseTasks.check(INSPECT, "inspectRepair", "pass", "", Map.of("extendMonths", 3, "note", "x")))
                .isEqualTo(Map.of("note", "x"));
    }

    @Test
    void overlongCommentIsRefused() {
        assertThatThrownBy(() -> CaseTasks.check(INSPECT, "inspectRepair", "pass",
                "意".repeat(CaseTasks.MAX_COMMENT + 1), Map.of()))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        refused -> assertThat(refused.field()).isEqualTo("comment"));
    }
}
