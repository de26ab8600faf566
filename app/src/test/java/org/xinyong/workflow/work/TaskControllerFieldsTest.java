package org.xinyong.workflow.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** API.md: outcome {@code correct} takes {@code "correction": {"facts", "severity", "measures"}}. */
class TaskControllerFieldsTest {

    @Test
    void anObjectFieldBecomesOneFieldPerPropertyAndAListOfTextsIsJoined() {
        Map<String, Object> fields = new HashMap<>(Map.of("correction",
                Map.of("facts", "虚假宣传", "severity", "GENERAL", "measures", List.of("M-A", "M-B")), "note", "x"));

        TaskController.flattenObjects(fields);

        assertThat(fields).containsOnly(Map.entry("correctionFacts", "虚假宣传"),
                Map.entry("correctionSeverity", "GENERAL"), Map.entry("correctionMeasures", "M-A,M-B"),
                Map.entry("note", "x"));
    }

    @Test
    void deeperValuesAndEmptyNamesAreDroppedAndAFlatFieldIsNotOverwritten() {
        Map<String, Object> fields = new HashMap<>(Map.of("correction", Map.of("facts", Map.of("a", 1), "", "x",
                "measures", List.of(1, 2)), "correctionSeverity", "SERIOUS"));
        fields.put("correction", new HashMap<>(Map.of("severity", "MINOR", "facts", Map.of("a", 1), "", "x",
                "measures", List.of(1, 2))));

        TaskController.flattenObjects(fields);

        assertThat(fields).containsOnly(Map.entry("correctionSeverity", "SERIOUS"));
    }
}
