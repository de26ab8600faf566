-- H2 counterpart of db/vendor/postgresql/V1_3_1 (keeps the migration versions alike on both databases). H2 triggers
-- are Java classes, and the H2 driver is only on the runtime classpath, so the embedded demo database relies on the
-- application offering no update or delete of audit_entry.
select 1;
