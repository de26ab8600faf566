package org.xinyong.workflow.dashboard;

import org.springframework.web.util.UriComponentsBuilder;
import org.xinyong.workflow.cases.CaseType;

/**
 * The dashboard's filters as the page sends them: one department (its code) and one lifecycle, each optional.
 * The lifecycle narrows the case tables (open cases, tasks, deadlines); the department narrows every table.
 *
 * @param department a department code, or {@code null} for every department
 * @param lifecycle  a case type, or {@code null} for every lifecycle
 */
public record DashboardFilter(String department, CaseType lifecycle) {

    public static final DashboardFilter NONE = new DashboardFilter(null, null);

    public DashboardFilter {
        department = department == null || department.isBlank() ? null : department.strip();
    }

    public boolean isFiltered() {
        return department != null || lifecycle != null;
    }

    /** A dashboard path (the page, a CSV table, the chart data) with these filters. */
    public String link(String path) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        if (department != null) {
            link.queryParam("department", department);
        }
        if (lifecycle != null) {
            link.queryParam("lifecycle", lifecycle.name());
        }
        return link.encode().build().toUriString();
    }
}
