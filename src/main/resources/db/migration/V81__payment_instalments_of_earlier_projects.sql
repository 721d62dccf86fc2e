-- Projects created before payments existed get their accounts and their decisions' payment
-- plans as planned instalments, as new projects do. The reference number is computed as in
-- fi.avustus.payment.ReferenceNumber (project id, two-digit sequence, 7-3-1 check digit);
-- a test keeps the two in step.

create function payment_reference(project bigint, sequence_number integer) returns varchar language plpgsql immutable as $$
declare
    base varchar := project::text || lpad(sequence_number::text, 2, '0');
    weights integer[] := array[7, 3, 1];
    total integer := 0;
begin
    for i in 0 .. length(base) - 1 loop
        total := total + substr(base, length(base) - i, 1)::integer * weights[i % 3 + 1];
    end loop;
    return base || ((10 - total % 10) % 10)::text;
end;
$$;

insert into payment_account (project_id, organisation_id, granted_amount)
select project.id, project.organisation_id, project.granted_amount
from project
where not exists (select 1 from payment_account account where account.project_id = project.id);

insert into payment_instalment (version, created_at, created_by, project_id, sequence_number, due_date, amount, status, reference)
select 0, now(), 'system', project.id, plan.position + 1, plan.due_date, plan.amount, 'PLANNED',
       payment_reference(project.id, plan.position + 1)
from project
join decision_instalment plan on plan.decision_id = project.decision_id
where not exists (select 1 from payment_instalment instalment where instalment.project_id = project.id);
