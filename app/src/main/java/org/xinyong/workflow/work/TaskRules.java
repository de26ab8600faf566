package org.xinyong.workflow.work;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a user task declares in its BPMN element ({@code camunda:property}), the one place of a step's rules: the
 * outcomes it offers ({@code outcomes}), the outcomes that must state their reasons ({@code reasonRequired}) and the
 * further fields an outcome takes ({@code outcomeField}, e.g. {@code extend:extendMonths:1..12}; {@code outcomeText},
 * optional text fields such as {@code correct:correctionFacts}, checked by the service the outcome calls).
 * {@link CaseTasks} enforces them for the API and the pages alike; the task form reads them for its hints.
 */
public record TaskRules(List<String> outcomes, Set<String> reasonRequired, List<OutcomeField> fields,
                        List<TextField> texts) {

    public static final TaskRules NONE = new TaskRules(List.of(), Set.of(), List.of(), List.of());

    public TaskRules(List<String> outcomes, Set<String> reasonRequired, List<OutcomeField> fields) {
        this(outcomes, reasonRequired, fields, List.of());
    }

    /** An optional text field that one outcome takes (e.g. the corrected facts of {@code correct}). */
    public record TextField(String outcome, String name) {
    }

    /** The text fields the outcome takes. */
    public List<TextField> textsOf(String outcome) {
        return texts.stream().filter(text -> text.outcome().equals(outcome)).toList();
    }

    /** A whole-number field that one outcome takes, within {@code [min, max]}. */
    public record OutcomeField(String outcome, String name, int min, int max) {

        public boolean accepts(int value) {
            return value >= min && value <= max;
        }
    }

    public TaskRules {
        outcomes = List.copyOf(outcomes);
        reasonRequired = Set.copyOf(reasonRequired);
        fields = List.copyOf(fields);
        texts = List.copyOf(texts);
    }

    public boolean needsReason(String outcome) {
        return reasonRequired.contains(outcome);
    }

    /** The fields the outcome takes. */
    public List<OutcomeField> fieldsOf(String outcome) {
        return fields.stream().filter(field -> field.outcome().equals(outcome)).toList();
    }

    public Optional<OutcomeField> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }
}
