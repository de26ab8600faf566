package org.xinyong.workflow.engine.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.xinyong.workflow.deadline.TaskDeadlineReminders;
import org.xinyong.workflow.rules.ProcessRules;
import org.xinyong.workflow.rules.RuleSet;
import org.xinyong.workflow.rules.RuleSetParser;
import org.xinyong.workflow.rules.RuleSets;
import org.xinyong.workflow.support.ShippedRuleSets;

/**
 * The beans every case process reads besides its delegates, for process tests: {@code rules} over the shipped rule
 * sets ({@code seeds-default}, {@code national-2026}) and a Mockito {@code taskReminders} the test verifies.
 */
public final class ProcessTestRules {

    /** The seeds' set as a county following seed003 §二(二)3 would ship it: the leading group decides listings. */
    public static final String LEADING_GROUP_LISTS = "seeds-leading-group-lists";

    public final TaskDeadlineReminders reminders = mock(TaskDeadlineReminders.class);

    private static RuleSet leadingGroupLists() {
        try {
            ObjectNode document = (ObjectNode) new ObjectMapper().readTree(ShippedRuleSets.document("seeds-default.json"));
            document.put("id", LEADING_GROUP_LISTS);
            ((ObjectNode) document.get("values").get("listingDecidingBody")).put("body", "LEADING_GROUP");
            return RuleSetParser.parse(LEADING_GROUP_LISTS, document.toString());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ProcessTestRules register() {
        ProcessTestRules beans = new ProcessTestRules();
        RuleSets ruleSets = mock(RuleSets.class);
        when(ruleSets.byId("seeds-default")).thenReturn(ShippedRuleSets.seeds());
        when(ruleSets.byId("national-2026")).thenReturn(ShippedRuleSets.national());
        when(ruleSets.byId(LEADING_GROUP_LISTS)).thenReturn(leadingGroupLists());
        Mocks.register("rules", new ProcessRules(ruleSets));
        Mocks.register("taskReminders", beans.reminders);
        return beans;
    }

    /**
     * The process waits at user task {@code taskKey}, due at its deadline of {@code kind}; the task's reminder timer
     * ({@code Event_<taskKey>Reminder}) is due at the reminder instant, fires, calls {@code taskReminders} and leaves the
     * task where it was (issue 13 item 10).
     */
    public void remindAndStay(ProcessInstance pi, String taskKey, String kind, FakeDeadlines deadlines) {
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getProcessInstanceId()).thenReturn(pi.getId());
        BpmnAwareTests.assertThat(pi).isWaitingAt(taskKey);
        BpmnAwareTests.assertThat(BpmnAwareTests.task(taskKey, pi)).hasDueDate(deadlines.dueAt(execution, kind));
        Job reminder = BpmnAwareTests.managementService().createJobQuery().processInstanceId(pi.getId())
                .activityId("Event_" + taskKey + "Reminder").singleResult();
        Assertions.assertThat(reminder).as("reminder timer of " + taskKey).isNotNull();
        Assertions.assertThat(reminder.getDuedate()).isEqualTo(deadlines.remindAt(execution, kind));
        BpmnAwareTests.execute(reminder);
        verify(reminders).remind(any(), eq(kind), eq(taskKey));
        BpmnAwareTests.assertThat(pi).isWaitingAt(taskKey).hasPassed("End_" + taskKey + "Reminded");
    }
}
