package org.xinyong.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

/** Reads which columns the indexes of {@code V1_11__engine_indexes.sql} cover, through JDBC metadata (any database). */
final class EngineIndexes {

    private EngineIndexes() {
    }

    /** @return index name (lower case) to its first column (lower case) */
    static Map<String, String> of(DataSource dataSource, String table) throws SQLException {
        Map<String, String> indexes = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String name = metaData.storesLowerCaseIdentifiers() ? table.toLowerCase() : table.toUpperCase();
            try (ResultSet rows = metaData.getIndexInfo(null, null, name, false, false)) {
                while (rows.next()) {
                    if (rows.getString("INDEX_NAME") != null && rows.getShort("ORDINAL_POSITION") == 1) {
                        indexes.put(rows.getString("INDEX_NAME").toLowerCase(),
                                rows.getString("COLUMN_NAME").toLowerCase());
                    }
                }
            }
        }
        return indexes;
    }

    static void assertPresent(DataSource dataSource) throws SQLException {
        assertThat(of(dataSource, "ACT_RU_TASK"))
                .as("indexes of ACT_RU_TASK").containsEntry("xy_idx_ru_task_parent_task", "parent_task_id_")
                .containsEntry("xy_idx_ru_task_due_create", "due_date_")
                .containsEntry("xy_idx_ru_task_id_state", "id_");
        assertThat(of(dataSource, "ACT_RU_IDENTITYLINK")).as("indexes of ACT_RU_IDENTITYLINK")
                .containsEntry("xy_idx_ru_identitylink_group_task", "group_id_");
        assertThat(of(dataSource, "ACT_RU_JOB"))
                .as("indexes of ACT_RU_JOB").containsEntry("xy_idx_ru_job_duedate", "duedate_");
    }
}
