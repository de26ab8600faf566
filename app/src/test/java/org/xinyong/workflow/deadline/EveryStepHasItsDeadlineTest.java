package org.xinyong.workflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.xinyong.workflow.rules.RuleSet;
import org.xinyong.workflow.support.ShippedRuleSets;

/**
 * Every human step of every process in {@code processes/} has a deadline from the rule set and a reminder before it
 * (DOMAIN.md "Deadlines"; issue 13 item 10): its {@code camunda:dueDate} names a {@link DeadlineKind}, a
 * non-interrupting timer on the task reminds at that kind's lead, and both shipped rule sets state that lead.
 */
class EveryStepHasItsDeadlineTest {

    private static final Path PROCESSES = Path.of("..", "processes");
    private static final Pattern DUE_AT = Pattern.compile("\\$\\{deadlines\\.dueAt\\(execution, '([A-Z_]+)'\\)}");

    @Test
    void everyUserTaskIsDueByARuleSetDeadlineAndRemindedBeforeIt() throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        List<RuleSet> shipped = List.of(ShippedRuleSets.seeds(), ShippedRuleSets.national());
        try (var files = Files.list(PROCESSES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    String where = file.getFileName() + " " + task.getId();
                    tasks.add(task.getId());
                    Matcher due = DUE_AT.matcher(String.valueOf(task.getCamundaDueDate()));
                    if (!due.matches()) {
                        problems.add(where + ": camunda:dueDate is not ${deadlines.dueAt(execution, 'KIND')}: "
                                + task.getCamundaDueDate());
                        continue;
                    }
                    String kind = due.group(1);
                    try {
                        DeadlineKind.valueOf(kind);
                    } catch (IllegalArgumentException e) {
                        problems.add(where + ": " + kind + " is no DeadlineKind");
                        continue;
                    }
                    String remindAt = "deadlines.remindAt(execution, '" + kind + "')";
                    boolean reminded = model.getModelElementsByType(BoundaryEvent.class).stream()
                            .filter(event -> event.getAttachedTo() == task && !event.cancelActivity())
                            .flatMap(event -> event.getEventDefinitions().stream())
                            .filter(TimerEventDefinition.class::isInstance)
                            .map(TimerEventDefinition.class::cast)
                            .anyMatch(timer -> timer.getTimeDate() != null
                                    && timer.getTimeDate().getTextContent().contains(remindAt));
                    if (!reminded) {
                        problems.add(where + ": no non-interrupting timer at " + remindAt);
                    }
                    shipped.stream().filter(set -> !set.hasReminderLead(kind))
                            .forEach(set -> problems.add(where + ": rule set " + set.id() + " has no reminderLead."
                                    + kind));
                }
            }
        }
        assertThat(tasks).contains("superviseOverdueObjection", "verifyObjection", "publishListing");
        assertThat(problems).isEmpty();
    }
}
