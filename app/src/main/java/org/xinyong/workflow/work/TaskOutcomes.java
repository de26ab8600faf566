package org.xinyong.workflow.work;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The outcomes a user task offers, read from its BPMN element's {@code camunda:property name="outcomes"}: the BPMN
 * file is the one place that says what a caseworker may decide at each step.
 */
@Component
public class TaskOutcomes {

    static final String PROPERTY = "outcomes";

    private final RepositoryService repository;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    public TaskOutcomes(RepositoryService repository) {
        this.repository = repository;
    }

    public List<String> of(String processDefinitionId, String taskKey) {
        return cache.computeIfAbsent(processDefinitionId + "/" + taskKey, key -> read(processDefinitionId, taskKey));
    }

    private List<String> read(String processDefinitionId, String taskKey) {
        UserTask task = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskKey);
        if (task == null || task.getExtensionElements() == null) {
            return List.of();
        }
        return task.getExtensionElements().getElementsQuery().filterByType(
                        org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> PROPERTY.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim).filter(outcome -> !outcome.isEmpty())
                .toList();
    }
}
