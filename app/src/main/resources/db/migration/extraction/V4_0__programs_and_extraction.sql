-- Grant program definitions, one row per version: a change is a new version, never an update.
create table program_definition (
    program_id varchar(64) not null,
    version    int         not null,
    definition jsonb       not null,
    sha256     char(64)    not null,
    source     varchar(16) not null check (source in ('classpath', 'admin')),
    created_by varchar(64) not null,
    created_at timestamptz not null default now(),
    primary key (program_id, version)
);

create index program_definition_sha_idx on program_definition (program_id, sha256);

-- The extraction result of an application's stored parse; the pipeline step upserts it (idempotent).
create table extraction_result (
    application_id    uuid primary key,
    program_id        varchar(64) not null,
    program_version   int         not null,
    extractor_version varchar(32) not null,
    input_sha256      char(64)    not null,
    result            jsonb       not null,
    extracted_at      timestamptz not null default now()
);

-- Applicants' corrections, kept beside the extracted values: appended, never updated; the latest wins.
create table field_correction (
    id             bigserial primary key,
    application_id uuid        not null,
    field_key      varchar(64) not null,
    value          text        not null,
    corrected_by   varchar(64) not null,
    corrected_at   timestamptz not null default now()
);

create index field_correction_app_idx on field_correction (application_id, field_key, id);
