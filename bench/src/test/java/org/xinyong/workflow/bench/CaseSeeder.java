package org.xinyong.workflow.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds many open cases fast: cases started through the application (templates, each waiting at its first user task)
 * are copied in SQL, {@code INSERT ... SELECT ... generate_series}, every row of the engine's runtime and history
 * tables and of the application's case tables, with every id of the instance given a suffix so each copy is a
 * complete, consistent instance of its own (its own case row, business key, {@code caseId} variable, task, candidate
 * group, audit entry), spread over the given departments. Starting 100k cases through the engine would take the best part of an hour on this machine;
 * copying takes a minute or two, and the copies are what the engine itself wrote.
 */
final class CaseSeeder {

    /** Columns holding ids of the instance's own rows: copies get {@code <id>.<n>}. */
    private static final Set<String> INSTANCE_IDS = Set.of("id_", "root_proc_inst_id_", "proc_inst_id_", "parent_id_",
            "super_exec_", "act_inst_id_", "execution_id_", "task_id_", "var_scope_", "parent_act_inst_id_",
            "call_proc_inst_id_", "var_inst_id_", "parent_task_id_", "process_instance_id_",
            "super_process_instance_id_");

    /** Table and the rows of template instance {@code :p}; in foreign-key order. */
    private static final Map<String, String> ENGINE_TABLES = new LinkedHashMap<>();

    static {
        ENGINE_TABLES.put("act_ru_execution", "proc_inst_id_ = :p");
        ENGINE_TABLES.put("act_ru_task", "proc_inst_id_ = :p");
        ENGINE_TABLES.put("act_ru_identitylink", "task_id_ in (select id_ from act_ru_task where proc_inst_id_ = :p)");
        ENGINE_TABLES.put("act_ru_variable", "proc_inst_id_ = :p");
        ENGINE_TABLES.put("act_ru_event_subscr", "proc_inst_id_ = :p");
        ENGINE_TABLES.put("act_ru_job", "process_instance_id_ = :p");
        ENGINE_TABLES.put("act_hi_procinst", "proc_inst_id_ = :p");
        ENGINE_TABLES.put("act_hi_actinst", "proc_inst_id_ = :p");
        ENGINE_TABLES.put("act_hi_taskinst", "proc_inst_id_ = :p");
        ENGINE_TABLES.put("act_hi_varinst", "proc_inst_id_ = :p");
        ENGINE_TABLES.put("act_hi_detail", "proc_inst_id_ = :p");
        ENGINE_TABLES.put("act_hi_identitylink", "root_proc_inst_id_ = :p");
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    /** SQL of copy g's department: the copies are spread over these departments in turn. */
    private final String department;

    CaseSeeder(JdbcTemplate jdbc, TransactionTemplate transactions, List<String> departments) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.department = "(array[" + departments.stream().map(code -> "'" + code.replace("'", "") + "'")
                .collect(Collectors.joining(", ")) + "])[1 + g % " + departments.size() + "]";
    }

    record Template(long caseId, String processInstanceId) {
    }

    /** Copies each template {@code copies} times; returns the number of cases added. */
    long copy(List<Template> templates, int copies) {
        long base = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from listing_case", Long.class);
        long added = 0;
        for (int t = 0; t < templates.size(); t++) {
            Template template = templates.get(t);
            long firstId = base + (long) t * copies;
            transactions.executeWithoutResult(status -> copyOne(template, firstId, copies));
            added += copies;
        }
        jdbc.execute("select setval(pg_get_serial_sequence('listing_case', 'id'), (select max(id) from listing_case))");
        // what autovacuum does soon after any bulk load: statistics, and the visibility map index-only scans need
        jdbc.execute("vacuum analyze");
        return added;
    }

    private void copyOne(Template template, long firstId, int copies) {
        String newCaseId = "(" + (firstId - 1) + " + g)";
        String p = "'" + template.processInstanceId() + "'";
        for (Map.Entry<String, String> table : ENGINE_TABLES.entrySet()) {
            String name = table.getKey();
            String columns = String.join(", ", columns(name));
            String values = columns(name).stream().map(column -> {
                if (INSTANCE_IDS.contains(column)) {
                    return column + " || '.' || g";
                }
                if (column.equals("business_key_")) {
                    return "case when business_key_ is null then null else 'LISTING-' || " + newCaseId + " end";
                }
                if (column.equals("text_") && !name.equals("act_ru_job")) {
                    return "case when name_ = 'caseId' then " + newCaseId + "::text when name_ = 'departmentCode' then "
                            + department + " else text_ end";
                }
                if (column.equals("group_id_")) {
                    return "case when group_id_ like 'dept-%-head' then 'dept-' || " + department
                            + " || '-head' when group_id_ like 'dept-%' then 'dept-' || " + department
                            + " else group_id_ end";
                }
                if (column.equals("create_time_") && name.equals("act_ru_task")) {
                    // cases recorded one a minute before the template, as they would be, not all at one instant
                    return "create_time_ - g * interval '1 minute'";
                }
                return column;
            }).collect(Collectors.joining(", "));
            jdbc.update("insert into " + name + " (" + columns + ") select " + values + " from " + name
                    + ", generate_series(1, " + copies + ") g where " + table.getValue().replace(":p", p));
        }
        copyApplicationRows(template, newCaseId, copies);
    }

    private void copyApplicationRows(Template template, String newCaseId, int copies) {
        String series = ", generate_series(1, " + copies + ") g ";
        List<String> caseColumns = columns("listing_case");
        jdbc.update("insert into listing_case (" + String.join(", ", caseColumns) + ") select "
                + caseColumns.stream().map(column -> switch (column) {
                    case "id" -> newCaseId;
                    case "process_instance_id" -> "process_instance_id || '.' || g";
                    case "department_code" -> department;
                    default -> column;
                }).collect(Collectors.joining(", "))
                + " from listing_case" + series + "where id = ?", template.caseId());
        jdbc.update("insert into listing_case_measure (case_id, measure_code) select " + newCaseId
                + ", measure_code from listing_case_measure" + series + "where case_id = ?", template.caseId());
        List<String> auditColumns = columns("audit_entry").stream().filter(column -> !column.equals("id")).toList();
        jdbc.update("insert into audit_entry (" + String.join(", ", auditColumns) + ") select "
                + auditColumns.stream().map(column -> column.equals("case_ref") ? "'LISTING-' || " + newCaseId : column)
                        .collect(Collectors.joining(", "))
                + " from audit_entry" + series + "where case_ref = ?", "LISTING-" + template.caseId());
    }

    private final Map<String, List<String>> columnCache = new LinkedHashMap<>();

    private List<String> columns(String table) {
        return columnCache.computeIfAbsent(table, name -> jdbc.queryForList(
                "select column_name from information_schema.columns where table_schema = current_schema()"
                        + " and table_name = ? order by ordinal_position", String.class, name));
    }
}
