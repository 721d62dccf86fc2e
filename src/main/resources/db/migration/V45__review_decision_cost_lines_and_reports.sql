-- A decision's accepted costs and reporting schedule become data: the application's cost lines
-- with the accepted amount of each (cut or in full), interim report due dates and the final
-- report's due date. The funded project copies them for its cost statements and deadlines.

create table decision_cost_line (
    decision_id bigint not null,
    position integer not null,
    category varchar(50) not null,
    budget_year integer not null,
    description varchar(1000),
    applied_amount numeric(14,2) not null,
    accepted_amount numeric(14,2) not null,
    note varchar(1000),
    primary key (position, decision_id),
    constraint ck_decision_cost_line_amounts check (accepted_amount >= 0 and accepted_amount <= applied_amount)
);

create table decision_cost_line_aud (
    position integer not null,
    revtype smallint not null,
    budget_year integer,
    accepted_amount numeric(14,2),
    applied_amount numeric(14,2),
    decision_id bigint not null,
    rev bigint not null,
    category varchar(50),
    description varchar(1000),
    note varchar(1000),
    primary key (position, revtype, decision_id, rev)
);

create table decision_interim_report (
    decision_id bigint not null,
    position integer not null,
    due_date date not null,
    primary key (position, decision_id)
);

create table decision_interim_report_aud (
    position integer not null,
    revtype smallint,
    due_date date not null,
    decision_id bigint not null,
    rev bigint not null,
    primary key (due_date, position, decision_id, rev)
);

alter table decision add column final_report_due date;
alter table decision_aud add column final_report_due date;
alter table decision add constraint ck_decision_final_report
    check (final_report_due is null or usage_end is null or final_report_due >= usage_end);

alter table decision_cost_line add constraint fk_decision_cost_line_decision_id foreign key (decision_id) references decision;
alter table decision_interim_report add constraint fk_decision_interim_report_decision_id foreign key (decision_id) references decision;
alter table decision_cost_line_aud add constraint fk_decision_cost_line_aud_rev foreign key (rev) references audit_revision;
alter table decision_interim_report_aud add constraint fk_decision_interim_report_aud_rev foreign key (rev) references audit_revision;

-- The free-text accepted costs cannot be parsed into lines. Their words are kept where a reader
-- of the decision still finds them: at the end of the conditions, labelled in the decision's
-- language (current rows and their history alike, so the history matches the columns the
-- application reads). Approved decisions also keep them in their stored letter, which never
-- changes. The positive decisions made before this migration have no cost lines and no final
-- report date: their letters state the duties in words, and a proposal still waiting for approval
-- is refused at approval until its presenter completes it (see Decisions.approve).
-- reporting_duties stays, now for duties other than the dates (e.g. what the reports contain).
create or replace function pg_temp.conditions_with_costs(conditions varchar, accepted_costs varchar, language varchar)
    returns varchar language sql immutable as $$
    select left(concat_ws(E'\n\n', nullif(btrim(conditions), ''),
        case language when 'sv' then 'Godtagbara kostnader: ' else 'Hyväksyttävät kustannukset: ' end
            || btrim(accepted_costs)), 4000)
$$;
update decision set conditions = pg_temp.conditions_with_costs(conditions, accepted_costs, language)
    where nullif(btrim(accepted_costs), '') is not null;
update decision_aud set conditions = pg_temp.conditions_with_costs(conditions, accepted_costs, language)
    where nullif(btrim(accepted_costs), '') is not null;
drop function pg_temp.conditions_with_costs(varchar, varchar, varchar);
alter table decision drop column accepted_costs;
alter table decision_aud drop column accepted_costs;
