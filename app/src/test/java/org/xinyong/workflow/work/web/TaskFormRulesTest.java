package org.xinyong.workflow.work.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.work.CaseTasks.TaskView;
import org.xinyong.workflow.work.TaskRules;

class TaskFormRulesTest {

    static final TaskView REVIEW = new TaskView("t1", "部门负责人审核", "reviewByHead", "7", CaseType.LISTING, null,
            false, Instant.parse("2026-03-10T01:00:00Z"), null, List.of("approve", "reject"), "91230400MA19XY0035");

    /** As reviewByHead, inspectRepair and verifyObjection declare them in their BPMN (TaskOutcomesTest reads them). */
    static final TaskRules REVIEW_RULES = new TaskRules(List.of("approve", "reject"), Set.of("reject"), List.of());
    static final TaskRules INSPECT_RULES = new TaskRules(List.of("pass", "fail", "extend"), Set.of("fail"),
            List.of(new TaskRules.OutcomeField("extend", "extendMonths", 1, 12)));
    static final TaskRules VERIFY_RULES = new TaskRules(List.of("revoke", "correct", "uphold"),
            Set.of("revoke", "correct", "uphold"), List.of());

    WorkMessages messages = mock(WorkMessages.class);
    TaskFormRules rules = new TaskFormRules(messages);

    @Test
    void confirmedApprovalWithoutCommentPasses() {
        assertThat(check("approve", "", true).hasErrors()).isFalse();
    }

    @Test
    void rejectionNeedsReasonsNamedByTheOutcomesLabel() {
        when(messages.outcome("reviewByHead", "reject")).thenReturn("退回");

        Errors errors = check("reject", "  \n ", true);

        assertThat(errors.getFieldError("comment").getCode()).isEqualTo("work.task.comment.required");
        assertThat(errors.getFieldError("comment").getArguments()).containsExactly("退回");
        assertThat(check("reject", "依据不足", true).hasErrors()).isFalse();
    }

    @Test
    void unconfirmedSubmissionIsRefused() {
        assertThat(check("approve", "", false).getFieldError("confirmed").getCode())
                .isEqualTo("work.task.confirm.required");
    }

    @Test
    void outcomeMustBeOneTheTaskOffers() {
        assertThat(check("publish", "", true).getFieldError("outcome").getCode())
                .isEqualTo("work.task.outcome.required");
        assertThat(check(null, "", true).hasFieldErrors("outcome")).isTrue();
    }

    @Test
    void overlongCommentIsRefused() {
        assertThat(check("approve", "意".repeat(TaskFormRules.MAX_COMMENT + 1), true).getFieldError("comment")
                .getCode()).isEqualTo("work.task.comment.tooLong");
    }

    static final TaskView INSPECT = new TaskView("t2", "调查验收", "inspectRepair", "3", CaseType.REPAIR, null,
            false, Instant.parse("2026-03-10T01:00:00Z"), null, List.of("pass", "fail", "extend"), "91230400MA19XY0035");

    @Test
    void extensionNeedsOneToTwelveWholeMonthsWhichAreHandedOnAsAField() {
        for (String months : new String[] {null, "", "0", "13", "1.5", "两"}) {
            TaskForm form = form("extend", "", true, months);
            Errors errors = new BeanPropertyBindingResult(form, "taskForm");
            rules.check(INSPECT, INSPECT_RULES, form, errors);
            assertThat(errors.getFieldError("extendMonths")).as("months %s", months).isNotNull();
            assertThat(errors.getFieldError("extendMonths").getArguments()).containsExactly(1, 12);
        }
        TaskForm valid = form("extend", "", true, " 12 ");
        Errors errors = new BeanPropertyBindingResult(valid, "taskForm");
        rules.check(INSPECT, INSPECT_RULES, valid, errors);
        assertThat(errors.hasErrors()).isFalse();
        assertThat(rules.fields(INSPECT_RULES, valid)).containsEntry("extendMonths", 12);
        assertThat(rules.fields(INSPECT_RULES, form("pass", "", true, "3"))).as("only with the extension").isEmpty();
    }

    @Test
    void everyVerificationOutcomeOfAnObjectionNeedsReasons() {
        TaskView verify = new TaskView("t3", "核实异议", "verifyObjection", "4", CaseType.OBJECTION, null, false,
                Instant.parse("2026-03-10T01:00:00Z"), null, List.of("revoke", "correct", "uphold"), "x");
        assertThat(rules.reasonOutcomes(verify, VERIFY_RULES)).isEqualTo("revoke,correct,uphold");
        TaskForm form = form("uphold", "", true, null);
        Errors errors = new BeanPropertyBindingResult(form, "taskForm");
        rules.check(verify, VERIFY_RULES, form, errors);
        assertThat(errors.getFieldError("comment").getCode()).isEqualTo("work.task.comment.required");
    }

    @Test
    void pageHintNamesTheOutcomesThatNeedReasons() {
        assertThat(rules.reasonOutcomes(REVIEW, REVIEW_RULES)).isEqualTo("reject");
    }

    private static TaskForm form(String outcome, String comment, boolean confirmed, String extendMonths) {
        TaskForm form = new TaskForm();
        form.setOutcome(outcome);
        form.setComment(comment);
        form.setConfirmed(confirmed);
        form.setExtendMonths(extendMonths);
        return form;
    }

    private Errors check(String outcome, String comment, boolean confirmed) {
        TaskForm form = new TaskForm();
        form.setOutcome(outcome);
        form.setComment(comment);
        form.setConfirmed(confirmed);
        Errors errors = new BeanPropertyBindingResult(form, "taskForm");
        rules.check(REVIEW, REVIEW_RULES, form, errors);
        return errors;
    }
}
