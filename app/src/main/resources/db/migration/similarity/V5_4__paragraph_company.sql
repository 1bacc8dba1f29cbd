-- The band lookup's candidate filter reads the paragraph side only: the owning company is copied onto
-- each paragraph (kept by ReuseStore.store, like application_id), so a lookup no longer joins reuse_plan,
-- and a covering partial index holds everything the lookup reads of a non-template paragraph (id ->
-- company, application, ordinal, signature), so candidates are index-only reads instead of a heap row of
-- reuse_paragraph (with its text) plus a reuse_plan index and heap row each.
alter table reuse_paragraph add column company_id uuid;

update reuse_paragraph p set company_id = r.company_id from reuse_plan r where r.application_id = p.application_id;

alter table reuse_paragraph alter column company_id set not null;

create index reuse_paragraph_candidate_idx on reuse_paragraph (id)
    include (company_id, application_id, ordinal, signature) where not template;
