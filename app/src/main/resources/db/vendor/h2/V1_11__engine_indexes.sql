-- The same indexes on Camunda's tables as db/vendor/postgresql/V1_11__engine_indexes.sql (the reasons are there).
-- H2 has no conditional DDL; the engine builds its schema before Flyway migrates
-- (engine/EngineSchemaBeforeMigrations), so the tables exist here, and a missing table fails the start loudly rather
-- than leaving the index out unnoticed.
create index if not exists xy_idx_ru_task_parent_task on act_ru_task (parent_task_id_);
create index if not exists xy_idx_ru_task_due_create on act_ru_task (due_date_, create_time_);
create index if not exists xy_idx_ru_task_id_state on act_ru_task (id_, suspension_state_);
create index if not exists xy_idx_ru_identitylink_group_task on act_ru_identitylink (group_id_, type_, task_id_);
create index if not exists xy_idx_ru_job_duedate on act_ru_job (duedate_);
