-- A funded project keeps its own copy of the decision's accepted budget lines (what cost
-- statements are compared with) and report due dates (what the reporting cycle waits for): a
-- change request will move them on the project, never on the decision. Projects created before
-- this migration came from decisions without such data; their final_report_due stays null.

create table project_budget_line (
    project_id bigint not null,
    position integer not null,
    category varchar(50) not null,
    budget_year integer not null,
    description varchar(1000),
    amount numeric(14,2) not null check (amount >= 0),
    primary key (position, project_id)
);

create table project_budget_line_aud (
    position integer not null,
    revtype smallint not null,
    budget_year integer,
    amount numeric(14,2),
    project_id bigint not null,
    rev bigint not null,
    category varchar(50),
    description varchar(1000),
    primary key (position, revtype, project_id, rev)
);

create table project_interim_report (
    project_id bigint not null,
    position integer not null,
    due_date date not null,
    primary key (position, project_id)
);

create table project_interim_report_aud (
    position integer not null,
    revtype smallint,
    due_date date not null,
    project_id bigint not null,
    rev bigint not null,
    primary key (due_date, position, project_id, rev)
);

alter table project add column final_report_due date;
alter table project_aud add column final_report_due date;
alter table project add constraint ck_project_final_report check (final_report_due is null or final_report_due >= usage_end);

alter table project_budget_line add constraint fk_project_budget_line_project_id foreign key (project_id) references project;
alter table project_interim_report add constraint fk_project_interim_report_project_id foreign key (project_id) references project;
alter table project_budget_line_aud add constraint fk_project_budget_line_aud_rev foreign key (rev) references audit_revision;
alter table project_interim_report_aud add constraint fk_project_interim_report_aud_rev foreign key (rev) references audit_revision;
