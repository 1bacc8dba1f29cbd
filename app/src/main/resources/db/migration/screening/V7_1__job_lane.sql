-- A lane separates jobs that only some workers may take: the batch CLI and tests run their own workers
-- on their own lane, so a service sharing the database never picks those jobs up (and vice versa).
alter table screening_job add column lane varchar(64) not null default 'default';

drop index screening_job_claimable_idx;
create index screening_job_claimable_idx on screening_job (lane, next_attempt_at) where next_stage is not null and not dead;
