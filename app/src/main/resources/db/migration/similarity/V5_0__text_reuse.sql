-- Paragraph representations of every application, kept across programs and years, owned by the
-- application (and its company). Two stages: a plan-level hashed character n-gram vector (HNSW, finds the
-- few plans that can share text) and per-paragraph MinHash signatures (decide which paragraphs do).
create table reuse_plan (
    application_id uuid primary key,
    company_id     uuid        not null,
    program_id     varchar(64) not null,
    paragraphs     int         not null,
    plan_vector    vector(256) not null,
    stored_at      timestamptz not null default now()
);

create index reuse_plan_vector_idx on reuse_plan using hnsw (plan_vector vector_cosine_ops) with (m = 16, ef_construction = 64);
create index reuse_plan_company_idx on reuse_plan (company_id);
create index reuse_plan_program_idx on reuse_plan (program_id);

create table reuse_paragraph (
    application_id uuid        not null references reuse_plan (application_id) on delete cascade,
    ordinal        int         not null,
    section_kind   varchar(32) not null,
    text           text        not null,
    signature      bytea       not null,
    template       boolean     not null default false,
    primary key (application_id, ordinal)
);

-- Near-verbatim keys (MinHash, 8 rows per key) per program and company: text that a large share of a
-- program's companies repeat is the program's template, learnt from the applications themselves.
create table reuse_template_key (
    program_id varchar(64) not null,
    key        bigint      not null,
    company_id uuid        not null,
    primary key (program_id, key, company_id)
);

create table reuse_report (
    application_id uuid primary key,
    report_json    jsonb       not null,
    computed_at    timestamptz not null default now()
);
