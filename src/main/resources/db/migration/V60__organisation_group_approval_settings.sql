-- Rules of procedure a steering group's approvals follow, and the group's working language (minutes).
alter table steering_group add column chair_may_decide_without_quorum boolean not null default false;
alter table steering_group add column votes_secret_until_voted boolean not null default false;
alter table steering_group add column language varchar(255) not null default 'fi' check (language in ('fi','sv','en'));

alter table steering_group_aud add column chair_may_decide_without_quorum boolean;
alter table steering_group_aud add column votes_secret_until_voted boolean;
alter table steering_group_aud add column language varchar(255);
