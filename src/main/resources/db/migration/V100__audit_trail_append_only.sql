-- The audit trail is append-only: who changed a case and when must stay as it was written, whoever
-- holds a connection. Envers only ever inserts; any update, delete or truncate of the revisions or
-- the *_aud tables is refused here. A later migration that must rewrite audit rows (as V45 did)
-- disables the trigger of that table for its own statements and enables it again.
-- Every *_aud table created later needs the same two triggers (AuditTrailAppendOnlyTest checks).

create function audit_trail_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail cannot be changed (% on %)', tg_op, tg_table_name
        using errcode = 'restrict_violation';
end
$$;

do $$
declare
    audited record;
begin
    for audited in
        select table_name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE'
          and (table_name like '%\_aud' or table_name = 'audit_revision')
    loop
        execute format('create trigger audit_trail_append_only before update or delete on %I '
                       'for each row execute function audit_trail_append_only()', audited.table_name);
        execute format('create trigger audit_trail_no_truncate before truncate on %I '
                       'for each statement execute function audit_trail_append_only()', audited.table_name);
    end loop;
end
$$;
