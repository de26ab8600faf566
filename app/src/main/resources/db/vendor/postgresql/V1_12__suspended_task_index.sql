-- The task list's total (work/TaskListQueries) counts a department's open tasks on ACT_RU_IDENTITYLINK alone and
-- leaves out the suspended ones with
--   ... and not exists (select 1 from ACT_RU_TASK S where S.ID_ = I.TASK_ID_ and S.SUSPENSION_STATE_ <> 1)
-- Suspended tasks are few or none, so a partial index holds only them and the check costs nothing (EXPLAIN with 100k
-- open tasks, 12.6k in the list: Hash Anti Join on an Index Only Scan of this index, 9 ms; the engine's own count,
-- which joins every open task, 31-55 ms; bench/RESULTS.md 2026-11-27).
do $$
begin
    if to_regclass('act_ru_task') is not null then
        create index if not exists xy_idx_ru_task_suspended on act_ru_task (id_) where suspension_state_ <> 1;
    else
        raise notice 'act_ru_task does not exist yet: index xy_idx_ru_task_suspended not created';
    end if;
end
$$;
