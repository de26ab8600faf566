package org.xinyong.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinyong.workflow.support.PostgresIntegrationTest;

/**
 * V1_11's and V1_12's indexes exist on PostgreSQL (CI migrates a fresh database, so this covers the fresh installation), and the
 * planner can answer the engine's two queries from them instead of reading the whole table.
 */
@PostgresIntegrationTest
class EngineIndexesPostgresIT {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void engineTablesHaveTheMigrationsIndexes() throws Exception {
        EngineIndexes.assertPresent(dataSource);
    }

    @Test
    void subTaskLookupAndJobAcquisitionCanUseThem() {
        // A handful of rows makes a sequential scan cheapest, so forbid it for this transaction: what remains is the
        // plan the planner picks when the tables are large (bench/RESULTS.md shows the plans at 100k open cases).
        List<String> plans = transactions.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            String subTasks = String.join("\n", jdbc.queryForList(
                    "explain select * from act_ru_task where parent_task_id_ = 'x'", String.class));
            String acquisition = String.join("\n", jdbc.queryForList(
                    "explain select * from act_ru_job res where res.retries_ > 0"
                            + " and (res.duedate_ is null or res.duedate_ <= now())"
                            + " and (res.lock_owner_ is null or res.lock_exp_time_ < now())"
                            + " and res.suspension_state_ = 1 limit 3", String.class));
            return List.of(subTasks, acquisition);
        });
        assertThat(plans.get(0)).contains("xy_idx_ru_task_parent_task");
        assertThat(plans.get(1)).contains("xy_idx_ru_job_duedate");
    }

    @Test
    void theTaskListTotalLeavesOutSuspendedTasksThroughTheirPartialIndex() {
        String plan = transactions.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return String.join("\n", jdbc.queryForList("explain select count(distinct I.TASK_ID_)"
                    + " from ACT_RU_IDENTITYLINK I where I.TYPE_ = 'candidate' and I.GROUP_ID_ in ('dept-amr')"
                    + " and I.TASK_ID_ is not null and not exists (select 1 from ACT_RU_TASK S"
                    + " where S.ID_ = I.TASK_ID_ and S.SUSPENSION_STATE_ <> 1)", String.class));
        });
        assertThat(plan).contains("xy_idx_ru_task_suspended").contains("xy_idx_ru_identitylink_group_task");
    }
}
