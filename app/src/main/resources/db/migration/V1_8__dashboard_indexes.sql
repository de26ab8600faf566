-- Indexes for the supervisor dashboard's queries (dashboard.DashboardQueries). Portable SQL (H2 and PostgreSQL 15).

-- Open engine tasks (ACT_RU_TASK.PROC_INST_ID_) are joined to their case by the case's process instance.
create index idx_listing_case_process on listing_case (process_instance_id);
create index idx_objection_process on objection (process_instance_id);
create index idx_repair_process on repair (process_instance_id);

-- Objection compliance per month of receipt, from twelve months back.
create index idx_objection_received on objection (received_at);

-- Repair durations per department (decided repairs only).
create index idx_repair_department on repair (department_code, status);

-- Listings per month end: listed before the month's end, overall and per department.
create index idx_listing_listed on listing (listed_at);
create index idx_listing_department on listing (department_code, listed_at);
