package org.xinyong.workflow.dashboard;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.springframework.context.MessageSource;
import org.xinyong.workflow.cases.CaseKinds;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.deadline.DeadlineKind;
import org.xinyong.workflow.reference.Department;

/**
 * The words of the dashboard in one language, from the message bundles the lifecycles already have (case types,
 * stages, task names, deadline kinds) and the department table; the page and the CSV files say the same.
 */
final class DashboardLabels {

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, String> departmentNames;
    private final CaseKinds kinds;

    DashboardLabels(MessageSource messages, Locale locale, Iterable<Department> departments, CaseKinds kinds) {
        this.kinds = kinds;
        this.messages = messages;
        this.locale = locale;
        this.departmentNames = StreamSupport.stream(departments.spliterator(), false)
                .collect(Collectors.toMap(Department::code, department -> department.name(locale), (a, b) -> a));
    }

    Locale locale() {
        return locale;
    }

    String get(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, locale);
    }

    String caseType(CaseType caseType) {
        return get("work.caseType." + caseType.name());
    }

    /** A case's stage: its status as its lifecycle names it ({@code listing.status.*} and so on). */
    String stage(CaseType caseType, String status) {
        String prefix = kinds.of(caseType).statusLabelPrefix();
        return messages.getMessage(prefix + status, null, status, locale);
    }

    /** A task's name from {@code work.taskName.<key>}, else the name in the BPMN. */
    String taskName(String taskKey, String bpmnName) {
        return messages.getMessage("work.taskName." + taskKey, null, bpmnName == null ? taskKey : bpmnName, locale);
    }

    String deadlineKind(DeadlineKind kind) {
        return messages.getMessage("deadline.kind." + kind.name(), null, kind.name(), locale);
    }

    /** The department's name; its code when the table does not know it. */
    String department(String code) {
        return code == null ? get("dashboard.department.all") : departmentNames.getOrDefault(code, code);
    }
}
