-- Whole-plan reuse: one MinHash signature per application (128 values over the character 5-grams of its
-- paragraphs, io.planscreen.ml.reuse.PlanSignature) and its 32 LSH band keys of 4 values. A lookup reads
-- the stored plans sharing at least one band key with the new plan (a plan at similarity 0.5 does with
-- probability 0.98, at 0.4 with 0.87) and compares their signatures, other companies only. Applications
-- stored before this migration have no signature and are not found by it until they are screened again.
create table reuse_plan_signature (
    application_id uuid primary key references reuse_plan (application_id) on delete cascade,
    company_id     uuid  not null,
    signature      bytea not null
);

-- Like reuse_band: no foreign key, only the band_key index (covering application_id: index-only reads);
-- re-storing an application deletes its rows by its earlier signature's band keys.
create table reuse_plan_band (
    band_key       bigint not null,
    application_id uuid   not null
);

create index reuse_plan_band_key_idx on reuse_plan_band (band_key) include (application_id);
