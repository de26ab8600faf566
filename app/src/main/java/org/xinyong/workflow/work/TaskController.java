package org.xinyong.workflow.work;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.errors.InvalidFieldException;
import org.xinyong.workflow.security.CurrentUsers;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** API.md {@code /tasks}: the tasks a staff user may work on, and completing them with an outcome. */
@RestController
@Validated
@RequestMapping("/api/v1/tasks")
public class TaskController {

    private final CaseTasks tasks;
    private final CurrentUsers users;

    public TaskController(CaseTasks tasks, CurrentUsers users) {
        this.tasks = tasks;
        this.users = users;
    }

    @GetMapping
    public ResponseEntity<java.util.List<CaseTasks.TaskView>> list(
            @RequestParam(required = false) CaseType caseType,
            @RequestParam(required = false) Instant dueBefore,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        CaseTasks.Page result = tasks.list(users.require(), new CaseTasks.Filter(caseType, dueBefore), page, size);
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(result.total())).body(result.tasks());
    }

    @GetMapping("/{id}")
    public CaseTasks.TaskView get(@PathVariable String id) {
        return tasks.get(id, users.require());
    }

    @PostMapping("/{id}/claim")
    public CaseTasks.TaskView claim(@PathVariable String id) {
        return tasks.claim(id, users.require());
    }

    @PostMapping("/{id}/unclaim")
    public CaseTasks.TaskView unclaim(@PathVariable String id) {
        return tasks.unclaim(id, users.require());
    }

    /** Body {@code {"outcome": "...", "comment": "...", ...}}; further fields are kept with the task's outcome. */
    @PostMapping("/{id}/complete")
    public ResponseEntity<Void> complete(@PathVariable String id, @RequestBody Map<String, Object> body) {
        Map<String, Object> fields = new HashMap<>(body);
        Object outcome = fields.remove("outcome");
        Object comment = fields.remove("comment");
        // issue 18.8: a comment sent as an object was kept as "{a=1}"; outcome and comment are texts or absent
        requireText("outcome", outcome);
        requireText("comment", comment);
        flattenObjects(fields);
        fields.values().removeIf(value -> !(value instanceof String || value instanceof Number
                || value instanceof Boolean));
        tasks.complete(id, outcome == null ? null : outcome.toString(), comment == null ? null : comment.toString(),
                fields, users.require());
        return ResponseEntity.noContent().build();
    }

    /**
     * A field given as an object is flattened into one field per property, named {@code <field><Property>}, a list of
     * texts joined with commas: API.md's {@code "correction": {"facts", "severity", "measures": [...]}} of outcome
     * {@code correct} becomes {@code correctionFacts}, {@code correctionSeverity} and {@code correctionMeasures}, the
     * fields the task declares ({@code outcomeText}). Anything deeper is dropped like any other non-scalar value.
     */
    static void flattenObjects(Map<String, Object> fields) {
        Map<String, Object> flattened = new HashMap<>();
        fields.entrySet().removeIf(entry -> {
            if (!(entry.getValue() instanceof Map<?, ?> object)) {
                return false;
            }
            object.forEach((property, value) -> {
                String name = String.valueOf(property);
                if (name.isEmpty()) {
                    return;
                }
                String field = entry.getKey() + Character.toUpperCase(name.charAt(0)) + name.substring(1);
                if (value instanceof List<?> list
                        && list.stream().allMatch(item -> item instanceof String)) {
                    flattened.put(field, String.join(",", list.stream().map(String.class::cast).toList()));
                } else if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                    flattened.put(field, value);
                }
            });
            return true;
        });
        flattened.forEach(fields::putIfAbsent);
    }

    private static void requireText(String field, Object value) {
        if (value != null && !(value instanceof String)) {
            throw new InvalidFieldException(field, "task.field.notText", field);
        }
    }
}
