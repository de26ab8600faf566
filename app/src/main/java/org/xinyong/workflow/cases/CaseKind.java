package org.xinyong.workflow.cases;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.xinyong.workflow.security.CurrentUser;

/**
 * One kind of case, as the shared screens and services see it: the task list, the task and case pages, documents,
 * the dashboard. Each lifecycle package implements it once as a Spring bean; {@link CaseKinds} finds it by its
 * {@link #type()} or process. Adding a kind of case is a package with its {@code CaseKind} and a BPMN file: nothing
 * shared switches on the case type.
 */
public interface CaseKind {

    /** The case type: the business keys' prefix ({@code <TYPE>-<id>}) and API.md's {@code caseType}. */
    CaseType type();

    /** The key of the BPMN process that runs a case of this kind. */
    String processKey();

    /**
     * The table of this kind's cases, with the columns {@code id}, {@code status}, {@code department_code} and
     * {@code process_instance_id}: the dashboard counts and joins cases by it. A constant of the code, never input.
     */
    String table();

    /** The statuses ({@code status} column) in which a case is still open, for the dashboard's open cases. */
    Set<String> openStatuses();

    /** Every status of this kind's lifecycle ({@code status} column), in the lifecycle's order: the case list's filter. */
    List<String> statuses();

    /**
     * This kind's cases for the case list ({@code cases.CaseSearch}), as a SQL select with the columns
     * {@code case_id}, {@code status}, {@code department_code}, {@code subject_code}, {@code subject_name} and
     * {@code opened_at} (the moment the case was recorded, filed or applied for). A constant of the code, never input.
     */
    String caseListSql();

    /** The message-bundle prefix of the status labels, e.g. {@code objection.status.}. */
    String statusLabelPrefix();

    /** The name of the case's subject (the enterprise or person the case concerns), if the case exists. */
    Optional<String> subjectName(long caseId);

    /**
     * Whether the user may see the case: the rule that the case's own pages and API apply (an enterprise its own
     * cases, a department its own, the credit office and supervisors all). Nothing is logged: the caller logs what it
     * shows.
     */
    boolean mayView(CurrentUser user, long caseId);
}
