-- The audit log is append-only (seed001 §四 12; DOMAIN.md "Privacy and audit"): the database itself refuses to change
-- or remove its rows, whoever asks.
create or replace function audit_entry_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
