package org.xinyong.workflow.work;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The task list's page and total as Camunda native task queries: the same tasks as
 * {@code taskCandidateGroupIn(groups).includeAssignedTasks().active()}, in the same order (due date, then creation
 * time, tasks without a due date last as PostgreSQL sorts them; said explicitly, so that the embedded H2 does the
 * same), but written so that they stay fast with 100k open tasks (bench/RESULTS.md, 2026-11-27):
 * <ul>
 *   <li>the page walks the tasks in due-date order (index {@code xy_idx_ru_task_due_create}) and stops after one page,
 *       checking each task's candidate groups with an {@code EXISTS}; the engine's query joins the identity links and
 *       sorts the {@code DISTINCT} of every column (p95 22 ms → 3 ms at 12.6k tasks in the list);</li>
 *   <li>the unfiltered total is counted on the identity links alone ({@code xy_idx_ru_identitylink_group_task}),
 *       leaving out the suspended tasks through their small partial index ({@code xy_idx_ru_task_suspended},
 *       V1_12); the engine's count joins every open task (31–55 ms → 9 ms).</li>
 * </ul>
 * A filtered total (case type, due before) must read the tasks themselves and stays exact.
 */
@Component
public class TaskListQueries {

    private static final String VISIBLE = "RES.SUSPENSION_STATE_ = 1 AND EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK I"
            + " WHERE I.TASK_ID_ = RES.ID_ AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN (%s))";

    private final TaskService tasks;

    TaskListQueries(TaskService tasks) {
        this.tasks = tasks;
    }

    /** One page of the open tasks any of {@code groups} is a candidate group of, by due date then creation time. */
    List<Task> page(List<String> groups, String processKey, Date dueBefore, int first, int max) {
        return query(pageSql(groups.size(), processKey != null, dueBefore != null), groups, processKey, dueBefore)
                .listPage(first, max);
    }

    /** How many such tasks there are. */
    long count(List<String> groups, String processKey, Date dueBefore) {
        return query(countSql(groups.size(), processKey != null, dueBefore != null), groups, processKey, dueBefore)
                .count();
    }

    /**
     * The page's SQL, with the parameters {@code #{group0}}, {@code #{group1}}, ..., {@code #{processKey}} and
     * {@code #{dueBefore}} (public for the benchmark's EXPLAIN).
     */
    public static String pageSql(int groups, boolean byProcess, boolean byDueDate) {
        return "SELECT RES.* FROM ACT_RU_TASK RES WHERE " + conditions(groups, byProcess, byDueDate)
                + " ORDER BY RES.DUE_DATE_ ASC NULLS LAST, RES.CREATE_TIME_ ASC";
    }

    /** The total's SQL, parameters as {@link #pageSql}. */
    public static String countSql(int groups, boolean byProcess, boolean byDueDate) {
        if (!byProcess && !byDueDate) {
            return "SELECT COUNT(DISTINCT I.TASK_ID_) FROM ACT_RU_IDENTITYLINK I"
                    + " WHERE I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN (" + placeholders(groups) + ")"
                    + " AND I.TASK_ID_ IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ACT_RU_TASK S"
                    + " WHERE S.ID_ = I.TASK_ID_ AND S.SUSPENSION_STATE_ <> 1)";
        }
        return "SELECT COUNT(*) FROM ACT_RU_TASK RES WHERE " + conditions(groups, byProcess, byDueDate);
    }

    private static String conditions(int groups, boolean byProcess, boolean byDueDate) {
        String sql = VISIBLE.formatted(placeholders(groups));
        if (byProcess) {
            sql += " AND RES.PROC_DEF_ID_ IN (SELECT D.ID_ FROM ACT_RE_PROCDEF D WHERE D.KEY_ = #{processKey})";
        }
        if (byDueDate) {
            sql += " AND RES.DUE_DATE_ < #{dueBefore}";
        }
        return sql;
    }

    private NativeTaskQuery query(String sql, List<String> groups, String processKey, Date dueBefore) {
        NativeTaskQuery query = tasks.createNativeTaskQuery().sql(sql);
        for (int i = 0; i < groups.size(); i++) {
            query.parameter("group" + i, groups.get(i));
        }
        if (processKey != null) {
            query.parameter("processKey", processKey);
        }
        if (dueBefore != null) {
            query.parameter("dueBefore", dueBefore);
        }
        return query;
    }

    private static String placeholders(int groups) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < groups; i++) {
            names.add("#{group" + i + "}");
        }
        return String.join(", ", names);
    }
}
