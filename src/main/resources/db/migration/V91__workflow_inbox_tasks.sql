-- The task inbox's projection of the engine's open user tasks: one row per task, written in the
-- engine's own transaction whenever a task, its candidate groups or its process instance change
-- (fi.avustus.workflow.internal.InboxProjection), so that an inbox page is a short index scan
-- instead of a query over every open task. Rebuilt from the engine's runtime tables when needed.
create table inbox_task (
    task_id varchar(64) not null,
    process_key varchar(255) not null,
    element varchar(255) not null,
    process_instance_id varchar(64) not null,
    business_key varchar(255),
    -- the process instance's own organisationId and callId variables, when it has them
    organisation_id bigint,
    call_id bigint,
    assignee varchar(255),
    -- sorted, so that a rebuilt row equals the row kept up to date
    candidate_groups varchar(255)[] not null,
    suspended boolean not null,
    -- the engine's own timestamp type: copied as they are, they sort and compare like the engine's
    created timestamp not null,
    due_date timestamp,
    primary key (task_id)
);

-- A page is the unclaimed tasks waiting for my groups, or my applicant organisations, by due date
-- (none last), then age: in full, or of one call, or of some task types. Each ordering index holds
-- the columns the inbox filters on, so a page is an index-only scan that skips other groups',
-- types' and organisations' tasks inside the index; only the page's rows are read from the table.
-- My own tasks are few: the assignee index. Measured in docs/PERFORMANCE.md.
create index ix_inbox_task_open_by_due on inbox_task (due_date, created, task_id)
    include (candidate_groups, call_id, organisation_id, process_key, element)
    where assignee is null and not suspended;
create index ix_inbox_task_open_by_call on inbox_task (call_id, due_date, created, task_id)
    include (candidate_groups, organisation_id, process_key, element)
    where assignee is null and not suspended;
create index ix_inbox_task_open_by_organisation on inbox_task (organisation_id, due_date, created, task_id)
    include (candidate_groups, call_id, process_key, element)
    where assignee is null and not suspended;
create index ix_inbox_task_open_by_type on inbox_task (process_key, element, due_date, created, task_id)
    include (candidate_groups, call_id, organisation_id)
    where assignee is null and not suspended;
create index ix_inbox_task_assignee on inbox_task (assignee, due_date, created, task_id) where assignee is not null;
create index ix_inbox_task_process_instance on inbox_task (process_instance_id);

-- Index-only scans need the visibility map to be current: vacuum after 2 % of the rows changed,
-- not the default 20 %.
alter table inbox_task set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02,
    autovacuum_analyze_scale_factor = 0.02);
