-- Rules of a programme that funded projects follow: how large a budget reallocation is accepted
-- without an official's decision, and how unused funds are reclaimed (nothing at or below the
-- threshold; interest at the reference rate of the Interest Act plus three percentage points).
alter table programme add column change_threshold_percent integer not null default 20
    check (change_threshold_percent between 0 and 100);
alter table programme add column recovery_threshold numeric(14,2) not null default 100.00
    check (recovery_threshold >= 0);
alter table programme add column reference_rate_percent numeric(5,2) not null default 2.00
    check (reference_rate_percent between 0 and 20);
alter table programme_aud add column change_threshold_percent integer;
alter table programme_aud add column recovery_threshold numeric(14,2);
alter table programme_aud add column reference_rate_percent numeric(5,2);
