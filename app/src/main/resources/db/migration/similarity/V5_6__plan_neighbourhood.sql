-- Whole-plan neighbourhood (io.planscreen.ml.reuse.PlanNeighbourhood): each lookup compares the new plan with
-- the 2,000 most recently stored plans of other companies in its program that have a signature. The plan's
-- program and store time are copied onto its signature row (kept by ReuseStore like company_id; the same
-- transaction, so the same now() as reuse_plan.stored_at), and a covering index holds everything the lookup
-- reads, newest first (application id breaks ties of one transaction's stored_at, so the pool is the same on
-- every read). Measured at 100,000 plans of one program: an index-only read of ~170 pages (~1 ms) where
-- joining reuse_plan's (program_id, stored_at) order to the signatures by primary key read ~8,300 (~10 ms).
alter table reuse_plan_signature add column program_id varchar(64), add column stored_at timestamptz;

update reuse_plan_signature s set program_id = p.program_id, stored_at = p.stored_at
from reuse_plan p where p.application_id = s.application_id;

alter table reuse_plan_signature alter column program_id set not null,
    alter column stored_at set not null, alter column stored_at set default now();

create index reuse_plan_signature_recent_idx on reuse_plan_signature (program_id, stored_at desc, application_id desc)
    include (company_id, signature);

-- Statistics for the new columns now: without them the planner guesses a program holds 0.5% of the rows and
-- may sort the whole program instead of reading the index's newest 2,000 (~0.9 s instead of ~1 ms at 100,000).
-- VACUUM cannot run here: until autovacuum has passed (or a manual `vacuum analyze reuse_plan_signature`), the
-- rewritten rows cost heap visits on the index-only read.
analyze reuse_plan_signature;
