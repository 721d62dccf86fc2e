-- How a call's applications are assessed: after the call closes or on a rolling basis, and by how many reviewers.
alter table call_for_applications add column assess_after_close boolean not null default true;
alter table call_for_applications add column reviewers_per_application integer not null default 2;
alter table call_for_applications add constraint ck_call_reviewers check (reviewers_per_application between 1 and 10);
alter table call_for_applications_aud add column assess_after_close boolean;
alter table call_for_applications_aud add column reviewers_per_application integer;
