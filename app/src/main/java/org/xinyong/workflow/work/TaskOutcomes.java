package org.xinyong.workflow.work;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The rules a user task declares in its BPMN element's {@code camunda:property}s ({@link TaskRules}): the BPMN file
 * is the one place that says what a caseworker may decide at each step, which decisions must state their reasons,
 * and which further values a decision takes. Read once per process definition and task.
 */
@Component
public class TaskOutcomes {

    static final String OUTCOMES = "outcomes";
    static final String REASON_REQUIRED = "reasonRequired";
    static final String OUTCOME_FIELD = "outcomeField";
    static final String OUTCOME_TEXT = "outcomeText";

    /** {@code <outcome>:<field>:<min>..<max>}, e.g. {@code extend:extendMonths:1..12}. */
    private static final Pattern FIELD = Pattern.compile("(\\w+):(\\w+):(\\d+)\\.\\.(\\d+)");
    /** {@code <outcome>:<field>}, e.g. {@code correct:correctionFacts}. */
    private static final Pattern TEXT = Pattern.compile("(\\w+):(\\w+)");

    private final RepositoryService repository;
    private final Map<String, TaskRules> cache = new ConcurrentHashMap<>();

    public TaskOutcomes(RepositoryService repository) {
        this.repository = repository;
    }

    /** The outcomes the task offers. */
    public List<String> of(String processDefinitionId, String taskKey) {
        return rules(processDefinitionId, taskKey).outcomes();
    }

    public TaskRules rules(String processDefinitionId, String taskKey) {
        return cache.computeIfAbsent(processDefinitionId + "/" + taskKey, key -> read(processDefinitionId, taskKey));
    }

    private TaskRules read(String processDefinitionId, String taskKey) {
        UserTask task = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskKey);
        if (task == null || task.getExtensionElements() == null) {
            return TaskRules.NONE;
        }
        List<CamundaProperty> properties = task.getExtensionElements().getElementsQuery()
                .filterByType(CamundaProperties.class).list().stream()
                .flatMap(declared -> declared.getCamundaProperties().stream()).toList();
        List<String> outcomes = List.copyOf(values(properties, OUTCOMES));
        Set<String> reasonRequired = values(properties, REASON_REQUIRED);
        List<TaskRules.OutcomeField> fields = new ArrayList<>();
        for (String declared : values(properties, OUTCOME_FIELD)) {
            Matcher field = FIELD.matcher(declared);
            if (!field.matches()) {
                throw new IllegalStateException("Task " + taskKey + " of " + processDefinitionId
                        + ": outcomeField '" + declared + "' is not <outcome>:<field>:<min>..<max>");
            }
            fields.add(new TaskRules.OutcomeField(field.group(1), field.group(2), Integer.parseInt(field.group(3)),
                    Integer.parseInt(field.group(4))));
        }
        for (String outcome : reasonRequired) {
            requireOutcome(outcomes, outcome, taskKey, REASON_REQUIRED);
        }
        fields.forEach(field -> requireOutcome(outcomes, field.outcome(), taskKey, OUTCOME_FIELD));
        List<TaskRules.TextField> texts = new ArrayList<>();
        for (String declared : values(properties, OUTCOME_TEXT)) {
            Matcher text = TEXT.matcher(declared);
            if (!text.matches()) {
                throw new IllegalStateException("Task " + taskKey + " of " + processDefinitionId
                        + ": outcomeText '" + declared + "' is not <outcome>:<field>");
            }
            requireOutcome(outcomes, text.group(1), taskKey, OUTCOME_TEXT);
            texts.add(new TaskRules.TextField(text.group(1), text.group(2)));
        }
        return new TaskRules(outcomes, reasonRequired, fields, texts);
    }

    /** A declaration naming an outcome that the task does not offer is a mistake in the BPMN: fail loudly. */
    private static void requireOutcome(List<String> outcomes, String outcome, String taskKey, String property) {
        if (!outcomes.contains(outcome)) {
            throw new IllegalStateException("Task " + taskKey + ": " + property + " names '" + outcome
                    + "', which is not one of its outcomes " + outcomes);
        }
    }

    private static Set<String> values(List<CamundaProperty> properties, String name) {
        Set<String> values = new LinkedHashSet<>();
        properties.stream().filter(property -> name.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim).filter(value -> !value.isEmpty())
                .forEach(values::add);
        return values;
    }
}
