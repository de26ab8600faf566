-- Issue 18.12: accounts of role METRICS (security.Roles.METRICS) may only scrape /actuator/prometheus.
-- V1_20 is kept for the session tables (issue 18.10). The same statements in H2 and PostgreSQL.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('ADMIN', 'STAFF', 'SUPERVISOR', 'SANCTIONS_CHECK', 'ENTERPRISE', 'METRICS'));
