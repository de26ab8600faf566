-- db/vendor/postgresql/V1_12__suspended_task_index.sql adds a partial index of the suspended tasks for the task list's
-- total. H2 has no partial indexes, and the embedded database of a demo holds few tasks: its check of a task's
-- suspension state uses the primary key and xy_idx_ru_task_id_state (V1_11). Nothing to add; the version keeps the two
-- databases' migration histories alike.
select 1;
