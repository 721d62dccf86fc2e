-- At the final report the instalments not yet approved are settled against the accepted costs:
-- one is kept for what is still payable, the rest are cancelled (kept for the record, never paid).
alter table payment_instalment drop constraint payment_instalment_status_check;
alter table payment_instalment add constraint payment_instalment_status_check
    check (status in ('PLANNED','APPROVED','PAID','CANCELLED'));
-- A cancelled instalment was never approved.
alter table payment_instalment drop constraint ck_payment_instalment_approved;
alter table payment_instalment add constraint ck_payment_instalment_approved
    check (status in ('PLANNED','CANCELLED') or (approved_by is not null and approved_at is not null));

create or replace function payment_instalment_within_grant() returns trigger language plpgsql
    set search_path from current as $$
declare
    granted numeric(14,2);
    committed numeric(14,2);
begin
    if new.status in ('PLANNED','CANCELLED') then
        return new;
    end if;
    -- The account row's lock makes concurrent writers of one project wait here in turn, and
    -- each statement below then sees what the previous writer committed.
    select granted_amount into granted from payment_account where project_id = new.project_id for update;
    select coalesce(sum(amount), 0) into committed from payment_instalment
        where project_id = new.project_id and status in ('APPROVED','PAID') and id <> new.id;
    if committed + new.amount > granted then
        raise exception 'payment instalments of project % exceed the granted sum % (% + %)',
            new.project_id, granted, committed, new.amount using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
