-- Indexes on Camunda's own tables that its queries need once there are many open cases (issue 7, bench/RESULTS.md).
-- Camunda 7.24 ships none of them. The engine builds its schema before Flyway migrates
-- (engine/EngineSchemaBeforeMigrations), so the tables exist here on a fresh database as on an upgraded one; still,
-- each index is created only when its table exists, and never twice.
--
-- ACT_RU_TASK(PARENT_TASK_ID_): completing or deleting any task runs
--   select ... from ACT_RU_TASK where PARENT_TASK_ID_ = ?      (Task.selectTasksByParentTaskId: its sub-tasks)
-- which without an index is a sequential scan of every open task: with 100k open cases each task completion read
-- the whole table (EXPLAIN before: Seq Scan on act_ru_task; after: Index Scan using xy_idx_ru_task_parent_task).
--
-- ACT_RU_JOB(DUEDATE_): every job executor on every node acquires jobs with
--   ... where RETRIES_ > 0 and (DUEDATE_ is null or DUEDATE_ <= now) and (LOCK_OWNER_ is null or LOCK_EXP_TIME_ < now)
-- and every open case has timers due months or years ahead, so without an index each acquisition (several a second
-- while jobs are due) scanned every timer to find the few that are due (EXPLAIN before: Seq Scan on act_ru_job;
-- after: Bitmap Index Scans on xy_idx_ru_job_duedate for "is null" and "<= now"). Camunda's documentation advises this
-- index when acquiring by due date; it helps the plain acquisition as much.
--
-- ACT_RU_TASK(DUE_DATE_, CREATE_TIME_): every task list (work/CaseTasks: /work, GET /api/v1/tasks) asks for
--   select distinct RES.* from ACT_RU_TASK RES left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
--   where I.TYPE_ = 'candidate' and I.GROUP_ID_ in (...) ... order by RES.DUE_DATE_, RES.CREATE_TIME_ limit 20
-- Without an index in that order PostgreSQL joins and sorts every task of the groups (tens of thousands of wide
-- rows, spilling to disk) to return 20; with it, it reads tasks in list order and stops after the first page
-- (EXPLAIN before: Sort, external merge; after: Index Scan using xy_idx_ru_task_due_create, Incremental Sort).
--
-- ACT_RU_IDENTITYLINK(GROUP_ID_, TYPE_, TASK_ID_) and ACT_RU_TASK(ID_, SUSPENSION_STATE_): the same list's total
--   select count(*) from (select distinct RES.ID_ from ACT_RU_TASK RES left join ACT_RU_IDENTITYLINK I ... )
-- must visit every open task of the groups. With these two it reads only the two indexes, in task-id order, and
-- merges them (EXPLAIN before: Seq Scan on act_ru_task, Hash Join, HashAggregate, ~115 ms for 12.6k of 100k open
-- tasks; after: Merge Join of two Index Only Scans, Unique, ~15 ms).
do $$
begin
    if to_regclass('act_ru_task') is not null then
        create index if not exists xy_idx_ru_task_parent_task on act_ru_task (parent_task_id_);
        create index if not exists xy_idx_ru_task_due_create on act_ru_task (due_date_, create_time_);
        create index if not exists xy_idx_ru_task_id_state on act_ru_task (id_, suspension_state_);
    else
        raise notice 'act_ru_task does not exist yet: its indexes were not created';
    end if;
    if to_regclass('act_ru_identitylink') is not null then
        create index if not exists xy_idx_ru_identitylink_group_task on act_ru_identitylink (group_id_, type_, task_id_);
    else
        raise notice 'act_ru_identitylink does not exist yet: index xy_idx_ru_identitylink_group_task not created';
    end if;
    if to_regclass('act_ru_job') is not null then
        create index if not exists xy_idx_ru_job_duedate on act_ru_job (duedate_);
    else
        raise notice 'act_ru_job does not exist yet: index xy_idx_ru_job_duedate not created';
    end if;
end
$$;
